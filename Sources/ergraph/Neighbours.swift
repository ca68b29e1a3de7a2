import Analysis
import ArgumentParser
import EntityGraph
import Foundation

/// `ergraph neighbours ENTITY [--graph FILE | PATH...] [--depth N] [--types T1,T2]
/// [--direction out|in|both] [--format text|json]`
struct Neighbours: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the entities connected to ENTITY, hop by hop.",
        aliases: ["neighbors"])

    @Argument(help: "Entity id, English name, alias or Arabic name.")
    var entity: String

    @OptionGroup var input: GraphInput

    @Option(help: "Number of hops (1 or more).")
    var depth: Int = 1

    @Option(help: "Comma-separated relation types to follow (default: all).")
    var types: String?

    @Option(help: "Only reach entities of these kinds (comma-separated).")
    var kinds: String?

    @Option(help: "Edge direction to follow: out, in or both.")
    var direction: String = "both"

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard depth >= 1 else { throw CLIError("--depth must be at least 1, got \(depth)") }
        guard let edgeDirection = EdgeDirection(rawValue: direction) else {
            throw CLIError("unknown direction \"\(direction)\" (expected out, in or both)")
        }
        guard ["text", "json"].contains(format) else {
            throw CLIError("unknown format \"\(format)\" (expected text or json)")
        }
        let typeFilter = try RelationTypeList.parse(types)
        let timings = Timings()
        let input = try AnalysisInput(self.input, timings)
        let center = try input.node(named: entity)
        let kindFilter = try kinds.map(EntityKindList.parse)
        let query = NeighbourhoodQuery(depth: depth, types: typeFilter, direction: edgeDirection, kinds: kindFilter)
        let hits = timings.measure("query") { Neighbourhood.around(input.index.id(center), in: input.index, query: query) }
        let output: Data = timings.measure("write") {
            if format == "json" {
                var nodes = Set(hits.compactMap { input.index.node($0.id) })
                nodes.insert(center)
                return NodeLinkJSON.encode(input.subgraph(nodes))
            }
            return Data(NeighbourTable.text(center: center, hits: hits, index: input.index, depth: depth).utf8)
        }
        try OutputFile.write(output, to: nil)
        timings.report(if: global.timings)
    }
}

/// Parses `--types a,b,c`.
enum RelationTypeList {
    /// The set of types, or nil when the option is absent.
    static func parse(_ text: String?) throws -> Set<RelationType>? {
        guard let text else { return nil }
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw CLIError("--types is empty") }
        return Set(names.map { RelationType(rawValue: $0) })
    }
}

/// Parses `--kinds a,b`.
enum EntityKindList {
    /// The set of kinds; an unknown name is a one-line error.
    static func parse(_ text: String) throws -> Set<EntityKind> {
        Set(try text.split(separator: ",").map { name -> EntityKind in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let kind = EntityKind(rawValue: trimmed) else {
                throw CLIError("unknown kind \"\(trimmed)\" (expected \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return kind
        })
    }
}
