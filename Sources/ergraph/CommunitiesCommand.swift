import Analysis
import ArgumentParser
import EntityGraph
import Foundation

/// `ergraph communities`
struct CommunitiesCommand: AnalysisCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities", abstract: "Groups of densely connected entities (Louvain), with the modularity.")

    @OptionGroup var input: GraphInput
    @OptionGroup var options: AnalysisOptions
    @OptionGroup var global: GlobalOptions

    func answer(_ source: AnalysisInput, _ timings: Timings) throws -> AnalysisReport {
        let index = source.index
        let result = timings.measure("query") { Communities.louvain(index) }
        var groups = [[Int]](repeating: [], count: result.count)
        for (node, community) in result.community.enumerated() { groups[community].append(node) }
        groups.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        return AnalysisReport(json: {
            ["modularity": result.modularity, "communities": groups.map { $0.map(index.id) }] as [String: Any]
        }, text: {
            var text = "\(groups.count) communities, modularity \(String(format: "%.4f", result.modularity))\n"
            for (number, group) in groups.enumerated() {
                text += "\n\(number + 1). \(group.count) entit\(group.count == 1 ? "y" : "ies"): "
                    + group.map { index.names[$0] }.joined(separator: ", ") + "\n"
            }
            return text
        })
    }
}
