import ArgumentParser
import EntityGraph
import Foundation
import Rendering

/// `ergraph render [--graph FILE | PATH...] [-o FILE] [--format svg|png|pdf|dot|json|html]
/// [--layout dot|neato|fdp|sfdp|circo] [--focus ENTITY] [--depth N] [--types] [--kinds] [--max-nodes N] [--labels]`
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the graph with Graphviz (in-process) as SVG, PNG, PDF or DOT.")

    @OptionGroup var input: GraphInput

    @Option(name: .shortAndLong, help: "Write the drawing to this file instead of stdout.")
    var output: String?

    @Option(help: "svg, png, pdf, dot, json or html (default: from the -o extension, else svg).")
    var format: String?

    @Option(help: "Layout engine: dot, neato, fdp, sfdp or circo (default: dot, sfdp above 300 entities).")
    var layout: String?

    @Option(help: "Draw only this entity's neighbourhood.")
    var focus: String?

    @Option(help: "Hops around --focus.")
    var depth: Int = 1

    @Option(help: "Only these relation types (comma-separated).")
    var types: String?

    @Option(help: "Only these entity kinds (comma-separated).")
    var kinds: String?

    @Option(help: "Keep only the N entities ranked highest by PageRank.")
    var maxNodes: Int?

    @Option(help: "Node labels: ar, en or both.")
    var labels: String = "both"

    @Option(help: "Title drawn above the graph.")
    var title: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let formatName = format ?? output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() }.flatMap {
            RenderFormat(rawValue: $0) != nil ? $0 : nil } ?? "svg"
        guard let renderFormat = RenderFormat(rawValue: formatName) else {
            throw CLIError("unknown format \"\(formatName)\" (expected svg, png, pdf, dot, json or html)")
        }
        if let layout, LayoutEngine(rawValue: layout) == nil {
            throw CLIError("unknown layout \"\(layout)\" (expected dot, neato, fdp, sfdp or circo)")
        }
        guard let labelLanguage = LabelLanguage(rawValue: labels) else {
            throw CLIError("unknown labels \"\(labels)\" (expected ar, en or both)")
        }
        guard depth >= 1 else { throw CLIError("--depth must be at least 1, got \(depth)") }
        if let maxNodes, maxNodes < 1 { throw CLIError("--max-nodes must be at least 1, got \(maxNodes)") }
        let kindFilter = try kinds.map(EntityKindList.parse)
        let typeFilter = try RelationTypeList.parse(types)
        let timings = Timings()
        var graph = try input.load(timings)
        graph = try timings.measure("query") { try DrawingSelection.select(graph, focus: focus, depth: depth, types: typeFilter,
                                                                            kinds: kindFilter, maxNodes: maxNodes) }
        let engine = layout.flatMap(LayoutEngine.init(rawValue:)) ?? (graph.entityCount > 300 ? .sfdp : .dot)
        let renderer = GraphRenderer(writer: DOTWriter(title: title, labels: labelLanguage))
        let drawing: RenderedGraph
        do {
            drawing = try renderer.render(graph, layout: engine, format: renderFormat)
        } catch let error as RenderError {
            throw CLIError(error.description)
        }
        timings.add("layout", drawing.layoutMilliseconds)
        timings.add("render", drawing.renderMilliseconds)
        try timings.measure("write") { try OutputFile.write(drawing.data, to: output) }
        timings.report(if: global.timings)
    }
}
