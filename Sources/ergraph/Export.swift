import ArgumentParser
import EntityGraph
import Foundation

/// `ergraph export --format json|tsv|graphml|gexf|csv|cypher|dot [-o FILE]`
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the graph for other tools: node-link JSON, TSV, GraphML, GEXF, CSV (nodes.csv and edges.csv), Cypher, DOT.")

    @Option(help: "json, tsv, graphml, gexf, csv, cypher or dot.")
    var format: String

    @Option(name: .shortAndLong, help: "Write to this file (for csv: this folder) instead of stdout.")
    var output: String?

    @OptionGroup var input: GraphInput
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let formats = ["json", "tsv", "graphml", "gexf", "csv", "cypher", "dot"]
        guard formats.contains(format) else {
            throw CLIError("unknown format \"\(format)\" (expected \(formats.joined(separator: ", ")))")
        }
        if format == "csv" && output == nil { throw CLIError("csv writes two files: give -o FOLDER") }
        let timings = Timings()
        let graph = try input.load(timings)
        try timings.measure("write") {
            switch format {
            case "csv":
                let folder = output!
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                for (name, data) in CSVTables.encode(graph).sorted(by: { $0.key < $1.key }) {
                    try OutputFile.write(data, to: (folder as NSString).appendingPathComponent(name))
                }
            case "tsv": try OutputFile.write(Data(EdgeListTSV.encode(graph).utf8), to: output)
            case "graphml": try OutputFile.write(GraphML.encode(graph), to: output)
            case "gexf": try OutputFile.write(GEXF.encode(graph), to: output)
            case "cypher": try OutputFile.write(Cypher.encode(graph), to: output)
            case "dot": try OutputFile.write(DOTInterchange.encode(graph), to: output)
            default: try OutputFile.write(NodeLinkJSON.encode(graph), to: output)
            }
        }
        timings.report(if: global.timings)
    }
}
