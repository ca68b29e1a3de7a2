import Analysis
import ArgumentParser
import EntityGraph
import Foundation

/// `ergraph communities`
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities", abstract: "Groups of densely connected entities (Louvain), with the modularity.")

    @OptionGroup var input: GraphInput
    @OptionGroup var options: AnalysisOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try options.check()
        let timings = Timings()
        let index = try AnalysisInput(input, timings, types: options.typeFilter()).index
        let result = timings.measure("query") { Communities.louvain(index) }
        var groups = [[Int]](repeating: [], count: result.count)
        for (node, community) in result.community.enumerated() { groups[community].append(node) }
        groups.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        let output = try timings.measure("write") { () throws -> Data in
            if options.format == "json" {
                let object: [String: Any] = ["modularity": result.modularity,
                                             "communities": groups.map { $0.map(index.id) }]
                var data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
                data.append(0x0A)
                return data
            }
            var text = "\(groups.count) communities, modularity \(String(format: "%.4f", result.modularity))\n"
            for (number, group) in groups.enumerated() {
                text += "\n\(number + 1). \(group.count) entit\(group.count == 1 ? "y" : "ies"): "
                    + group.map { index.names[$0] }.joined(separator: ", ") + "\n"
            }
            return Data(text.utf8)
        }
        try OutputFile.write(output, to: nil)
        timings.report(if: global.timings)
    }
}
