import Analysis
import ArgumentParser
import EntityGraph
import Foundation

/// `ergraph blocs [--alliance A] [--target X]`
struct BlocsCommand: AnalysisCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocs",
        abstract: "The members of each alliance; with --target, which members border or act on that entity.")

    @Option(help: "Only this alliance.")
    var alliance: String?

    @Option(help: "Show which members of each bloc border or act on this entity.")
    var target: String?

    @OptionGroup var input: GraphInput
    @OptionGroup var options: AnalysisOptions
    @OptionGroup var global: GlobalOptions

    func keptTypes() throws -> Set<RelationType>? {
        try options.typeFilter().map { $0.union([.memberOf, .partOf]) }
    }

    func answer(_ source: AnalysisInput, _ timings: Timings) throws -> AnalysisReport {
        let index = source.index
        let only = try alliance.map { try source.node(named: $0) }
        let aim = try target.map { try source.node(named: $0) }
        let blocs = timings.measure("query") { Blocs.all(index).filter { only == nil || $0.alliance == only } }
        if let only, blocs.isEmpty { throw CLIError("\"\(index.names[only])\" has no members in this graph") }
        let ties = blocs.map { bloc in aim.map { Blocs.ties(of: bloc, to: $0, in: index) } ?? [] }
        return AnalysisReport(json: {
            ["blocs": zip(blocs, ties).map { bloc, ties -> [String: Any] in
                var object: [String: Any] = ["alliance": index.id(bloc.alliance), "members": bloc.members.map(index.id)]
                if aim != nil {
                    object["ties"] = ties.map { ["member": index.id($0.member), "type": $0.type.rawValue, "direction": $0.outgoing ? "out" : "in"] }
                }
                return object
            }]
        }, text: {
            var text = ""
            for (bloc, ties) in zip(blocs, ties) {
                text += "\(index.names[bloc.alliance]): " + bloc.members.map { index.names[$0] }.joined(separator: ", ") + "\n"
                for tie in ties {
                    let (from, to) = tie.outgoing ? (tie.member, aim!) : (aim!, tie.member)
                    text += "  \(index.names[from]) -\(tie.type.rawValue)-> \(index.names[to])\n"
                }
            }
            return text
        })
    }
}
