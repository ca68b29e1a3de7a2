import Analysis
import ArgumentParser
import EntityGraph
import Foundation

/// `ergraph rank [--by degree|pagerank|betweenness] [--top N] [--kind K]`
struct Rank: AnalysisCommand {
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

    func checkArguments() throws {
        guard ["degree", "pagerank", "betweenness"].contains(by) else {
            throw CLIError("unknown ranking \"\(by)\" (expected degree, pagerank or betweenness)")
        }
        guard top >= 1 else { throw CLIError("--top must be at least 1, got \(top)") }
        guard EdgeDirection(rawValue: direction) != nil else {
            throw CLIError("unknown direction \"\(direction)\" (expected out, in or both)")
        }
        if let kind, EntityKind(rawValue: kind) == nil {
            throw CLIError("unknown kind \"\(kind)\" (expected \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func answer(_ source: AnalysisInput, _ timings: Timings) throws -> AnalysisReport {
        let index = source.index
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
                return Centrality.degrees(index, direction: EdgeDirection(rawValue: direction)!).map(Double.init)
            }
        }
        let kindFilter = kind.flatMap(EntityKind.init(rawValue:))
        let candidates = (0..<index.nodeCount).filter { kindFilter == nil || index.kinds[$0] == kindFilter }
        let ranked = Centrality.top(scores, top, among: candidates)
        return AnalysisReport(json: {
            var object: [String: Any] = ["by": by, "ranking": ranked.enumerated().map {
                ["rank": $0 + 1, "id": index.id($1), "name": index.names[$1], "kind": index.kinds[$1].rawValue, "score": scores[$1]]
            }]
            if !note.isEmpty { object["note"] = note }
            return object
        }, text: {
            let format: (Double) -> String = { by == "degree" ? String(Int($0)) : String(format: "%.6f", $0) }
            let rows = [["rank", "entity", "kind", by]] + ranked.enumerated().map {
                [String($0 + 1), index.names[$1], index.kinds[$1].rawValue, format(scores[$1])]
            }
            return (note.isEmpty ? "" : note + "\n") + TextTable.render(rows)
        })
    }
}
