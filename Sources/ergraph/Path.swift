import Analysis
import ArgumentParser
import EntityGraph
import Foundation

/// `ergraph path A B [--all] [--max-length K] [--direction out|in|both]`
struct Path: AnalysisCommand {
    static let configuration = CommandConfiguration(
        abstract: "How A and B are connected: a shortest path, or with --all every simple path up to --max-length.")

    @Argument(help: "The first entity.")
    var from: String

    @Argument(help: "The second entity.")
    var to: String

    @Flag(help: "List every simple path up to --max-length, shortest and best attested first.")
    var all = false

    @Option(help: "Longest path listed with --all.")
    var maxLength: Int = 4

    @Option(help: "Edge direction to follow: out, in or both.")
    var direction: String = "both"

    @OptionGroup var input: GraphInput
    @OptionGroup var options: AnalysisOptions
    @OptionGroup var global: GlobalOptions

    func checkArguments() throws {
        guard maxLength >= 1 else { throw CLIError("--max-length must be at least 1, got \(maxLength)") }
        guard EdgeDirection(rawValue: direction) != nil else {
            throw CLIError("unknown direction \"\(direction)\" (expected out, in or both)")
        }
    }

    func answer(_ source: AnalysisInput, _ timings: Timings) throws -> AnalysisReport {
        let (start, end) = (try source.node(named: from), try source.node(named: to))
        let index = source.index
        let edgeDirection = EdgeDirection(rawValue: direction)!
        let paths: [GraphPath] = timings.measure("query") {
            if all {
                let evidence: (EdgeSlot) -> Int = { slot in
                    index.relations.indices.contains(Int(slot.edge)) ? index.relations[Int(slot.edge)].evidence.count : 1
                }
                return Paths.simple(from: start, to: end, in: index, maxLength: maxLength, direction: edgeDirection,
                                    limit: 50, weight: evidence)
            }
            return Paths.shortest(from: start, to: end, in: index, direction: edgeDirection).map { [$0] } ?? []
        }
        guard !paths.isEmpty else {
            throw CLIError("no path from \"\(index.names[start])\" to \"\(index.names[end])\""
                           + (all ? " of at most \(maxLength) edges" : ""))
        }
        return AnalysisReport(json: { json(paths, index) }, text: { text(paths, index) })
    }

    private func step(_ slot: EdgeSlot, from node: Int, _ index: AdjacencyIndex) -> String {
        let type = index.types[Int(slot.type)].rawValue
        if index.symmetricTypes[Int(slot.type)] { return " —\(type)— " }
        let forward = index.edgeSources[Int(slot.edge)] == Int32(node) && !slot.mirrored
        return forward ? " —\(type)→ " : " ←\(type)— "
    }

    private func text(_ paths: [GraphPath], _ index: AdjacencyIndex) -> String {
        paths.map { path in
            var line = "\(path.length) edge\(path.length == 1 ? "" : "s"): \(index.names[path.nodes[0]])"
            for (position, slot) in path.slots.enumerated() {
                line += step(slot, from: path.nodes[position], index) + index.names[path.nodes[position + 1]]
            }
            return line
        }.joined(separator: "\n") + "\n"
    }

    private func json(_ paths: [GraphPath], _ index: AdjacencyIndex) -> Any {
        ["paths": paths.map { path -> [String: Any] in
            ["length": path.length, "nodes": path.nodes.map(index.id),
             "edges": path.slots.map { slot in
                 ["source": index.id(Int(index.edgeSources[Int(slot.edge)])), "type": index.types[Int(slot.type)].rawValue,
                  "target": index.id(Int(index.edgeTargets[Int(slot.edge)]))]
             }]
        }]
    }
}
