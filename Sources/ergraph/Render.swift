import Analysis
import ArgumentParser
import EntityGraph
import Foundation
import Rendering

/// `ergraph render [--graph FILE | PATH...] [-o FILE] [--format svg|png|pdf|dot]
/// [--layout dot|neato|fdp|sfdp|circo] [--focus ENTITY] [--depth N]`
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the graph with Graphviz (in-process) as SVG, PNG, PDF or DOT.")

    @OptionGroup var input: GraphInput

    @Option(name: .shortAndLong, help: "Write the drawing to this file instead of stdout.")
    var output: String?

    @Option(help: "svg, png, pdf or dot (default: from the -o extension, else svg).")
    var format: String?

    @Option(help: "Layout engine: dot, neato, fdp, sfdp or circo.")
    var layout: String = "dot"

    @Option(help: "Draw only this entity's neighbourhood.")
    var focus: String?

    @Option(help: "Hops around --focus.")
    var depth: Int = 1

    @Option(help: "Title drawn above the graph.")
    var title: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let formatName = format ?? output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() }.flatMap {
            RenderFormat(rawValue: $0) != nil ? $0 : nil } ?? "svg"
        guard let renderFormat = RenderFormat(rawValue: formatName) else {
            throw CLIError("unknown format \"\(formatName)\" (expected svg, png, pdf or dot)")
        }
        guard let engine = LayoutEngine(rawValue: layout) else {
            throw CLIError("unknown layout \"\(layout)\" (expected dot, neato, fdp, sfdp or circo)")
        }
        guard depth >= 1 else { throw CLIError("--depth must be at least 1, got \(depth)") }
        let timings = Timings()
        var graph = try input.load(timings)
        if let focus {
            let (index, names) = timings.measure("index") { (AdjacencyIndex(graph), NameIndex(graph)) }
            guard let center = names.entity(named: focus) else {
                let suggestions = names.suggestions(for: focus)
                throw CLIError("no entity named \"\(focus)\"" + (suggestions.isEmpty ? "" : "; did you mean: \(suggestions.joined(separator: ", "))?"))
            }
            graph = timings.measure("query") {
                Neighbourhood.egoGraph(center.id, in: graph, index: index, query: NeighbourhoodQuery(depth: depth))
            }
        }
        let renderer = GraphRenderer(writer: DOTWriter(title: title))
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
