import Analysis
import ArgumentParser
import EntityGraph
import Foundation

/// `ergraph blocs [--alliance A] [--target X]`
struct BlocsCommand: ParsableCommand {
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

    func run() throws {
        try options.check()
        let timings = Timings()
        let source = try AnalysisInput(input, timings, types: options.typeFilter().map { $0.union([.memberOf, .partOf]) })
        let index = source.index
        let only = try alliance.map { try source.node(named: $0) }
        let aim = try target.map { try source.node(named: $0) }
        let blocs = timings.measure("query") { Blocs.all(index).filter { only == nil || $0.alliance == only } }
        if let only, blocs.isEmpty { throw CLIError("\"\(index.names[only])\" has no members in this graph") }
        let output = try timings.measure("write") { () throws -> Data in
            if options.format == "json" {
                let objects: [[String: Any]] = blocs.map { bloc in
                    var object: [String: Any] = ["alliance": index.id(bloc.alliance), "members": bloc.members.map(index.id)]
                    if let aim {
                        object["ties"] = Blocs.ties(of: bloc, to: aim, in: index).map {
                            ["member": index.id($0.member), "type": $0.type.rawValue, "direction": $0.outgoing ? "out" : "in"]
                        }
                    }
                    return object
                }
                var data = try JSONSerialization.data(withJSONObject: ["blocs": objects], options: [.prettyPrinted, .sortedKeys])
                data.append(0x0A)
                return data
            }
            var text = ""
            for bloc in blocs {
                text += "\(index.names[bloc.alliance]): " + bloc.members.map { index.names[$0] }.joined(separator: ", ") + "\n"
                if let aim {
                    for tie in Blocs.ties(of: bloc, to: aim, in: index) {
                        text += tie.outgoing ? "  \(index.names[tie.member]) -\(tie.type.rawValue)-> \(index.names[aim])\n"
                                             : "  \(index.names[aim]) -\(tie.type.rawValue)-> \(index.names[tie.member])\n"
                    }
                }
            }
            return Data(text.utf8)
        }
        try OutputFile.write(output, to: nil)
        timings.report(if: global.timings)
    }
}
