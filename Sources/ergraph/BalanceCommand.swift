import Analysis
import ArgumentParser
import EntityGraph
import Foundation

/// `ergraph balance`
struct BalanceCommand: AnalysisCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Structural balance of friendly and hostile ties: balanced triads, unbalanced ones with evidence, two camps.")

    @OptionGroup var input: GraphInput
    @OptionGroup var options: AnalysisOptions
    @OptionGroup var global: GlobalOptions

    func answer(_ source: AnalysisInput, _ timings: Timings) throws -> AnalysisReport {
        let index = source.index
        let balance = timings.measure("query") { Balance(index) }
        let unbalanced = balance.triads.filter { !$0.balanced }
        let camps = (0...1).map { side in balance.camps.filter { $0.value == side }.keys.sorted().map { index.names[$0] } }
        return AnalysisReport(json: {
            [
                "ties": balance.ties.count, "triads": balance.triads.count, "balanced_share": balance.balancedShare,
                "unbalanced": unbalanced.map { triad in triad.nodes.map(index.id) },
                "camps": camps, "frustrated_ties": balance.frustration,
            ] as [String: Any]
        }, text: {
            var text = "\(balance.ties.count) signed ties, \(balance.triads.count) triads, "
                + "\(String(format: "%.0f", balance.balancedShare * 100))% balanced\n"
            for triad in unbalanced {
                text += "\nunbalanced: " + triad.nodes.map { index.names[$0] }.joined(separator: ", ") + "\n"
                for (a, b) in [(0, 1), (0, 2), (1, 2)] {
                    let pair = Balance.Pair(triad.nodes[a], triad.nodes[b])
                    guard let tie = balance.ties[pair] else { continue }
                    let why = tie.edges.first.flatMap { edge in
                        index.relations.indices.contains(edge) ? index.relations[edge].evidence.first?.sentence : nil
                    } ?? (tie.edges.isEmpty ? "members of the same alliance" : "")
                    text += "  \(tie.sign > 0 ? "+" : "-") \(index.names[pair.a]) / \(index.names[pair.b])"
                        + (why.isEmpty ? "" : ": \(why)") + "\n"
                }
            }
            text += "\ncamp A: \(camps[0].joined(separator: ", "))\ncamp B: \(camps[1].joined(separator: ", "))\n"
            return text + "\(balance.frustration) of \(balance.ties.count) ties disagree with the camps\n"
        })
    }
}
