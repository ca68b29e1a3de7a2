import Analysis
import ArgumentParser
import EntityGraph
import Foundation

/// `ergraph rank [--by degree|pagerank|betweenness] [--top N] [--kind K]`
struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The most central entities by degree, PageRank or betweenness.")

    @Option(help: "degree, pagerank or betweenness.")
    var by: String = "degree"

    @Option(help: "How many to list.")
    var top: Int = 10

    @Option(help: "Only entities of this kind.")
    var kind: String?

    @Option(help: "Degree counts edges out, in or both.")
    var direction: String = "both"

    @Option(help: "Betweenness from this many sampled sources (default: exact up to 5000 nodes, else 256).")
    var samples: Int?

    @OptionGroup var input: GraphInput
    @OptionGroup var options: AnalysisOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try options.check()
        guard ["degree", "pagerank", "betweenness"].contains(by) else {
            throw CLIError("unknown ranking \"\(by)\" (expected degree, pagerank or betweenness)")
        }
        guard top >= 1 else { throw CLIError("--top must be at least 1, got \(top)") }
        guard let edgeDirection = EdgeDirection(rawValue: direction) else {
            throw CLIError("unknown direction \"\(direction)\" (expected out, in or both)")
        }
        let kindFilter = try kind.map { name -> EntityKind in
            guard let kind = EntityKind(rawValue: name) else {
                throw CLIError("unknown kind \"\(name)\" (expected \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return kind
        }
        let types = try options.typeFilter()
        let timings = Timings()
        let index = try AnalysisInput(input, timings, types: types).index
        var note = ""
        let scores: [Double] = timings.measure("query") {
            switch by {
            case "pagerank":
                return Centrality.pageRank(index).ranks
            case "betweenness":
                let sampleCount = samples ?? (index.nodeCount <= 5000 ? nil : 256)
                let result = Betweenness.scores(index, samples: sampleCount)
                if !result.exact {
                    note = "sampled from \(sampleCount!) sources: relative error about \(String(format: "%.0f", 100 / Double(sampleCount!).squareRoot()))%"
                }
                return result.scores
            default:
                return Centrality.degrees(index, direction: edgeDirection).map(Double.init)
            }
        }
        let candidates = (0..<index.nodeCount).filter { kindFilter == nil || index.kinds[$0] == kindFilter }
        let ranked = Centrality.top(scores, top, among: candidates)
        let output = try timings.measure("write") { () throws -> Data in
            if options.format == "json" {
                let rows: [[String: Any]] = ranked.enumerated().map {
                    ["rank": $0 + 1, "id": index.id($1), "name": index.names[$1], "kind": index.kinds[$1].rawValue, "score": scores[$1]]
                }
                var object: [String: Any] = ["by": by, "ranking": rows]
                if !note.isEmpty { object["note"] = note }
                var data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
                data.append(0x0A)
                return data
            }
            let format: (Double) -> String = { self.by == "degree" ? String(Int($0)) : String(format: "%.6f", $0) }
            let rows = [["rank", "entity", "kind", by]] + ranked.enumerated().map {
                [String($0 + 1), index.names[$1], index.kinds[$1].rawValue, format(scores[$1])]
            }
            return Data(((note.isEmpty ? "" : note + "\n") + TextTable.render(rows)).utf8)
        }
        try OutputFile.write(output, to: nil)
        timings.report(if: global.timings)
    }
}
