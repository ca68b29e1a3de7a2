import Analysis
import ArgumentParser
import EntityGraph
import Foundation

/// `ergraph stats`
struct Stats: AnalysisCommand {
    static let configuration = CommandConfiguration(abstract: "Counts by kind and relation type, density, components.")

    @OptionGroup var input: GraphInput
    @OptionGroup var options: AnalysisOptions
    @OptionGroup var global: GlobalOptions

    func answer(_ source: AnalysisInput, _ timings: Timings) throws -> AnalysisReport {
        let index = source.index
        let stats = timings.measure("query") { GraphStatistics(index) }
        return AnalysisReport(json: {
            [
                "nodes": stats.nodes, "edges": stats.edges, "density": stats.density,
                "kinds": Dictionary(uniqueKeysWithValues: stats.kinds.map { ($0.rawValue, $1) }),
                "types": Dictionary(uniqueKeysWithValues: stats.types.map { ($0.rawValue, $1) }),
                "weak_components": stats.weakComponents, "strong_components": stats.strongComponents,
                "largest_component": stats.largestComponent, "index_bytes": index.approximateBytes,
            ] as [String: Any]
        }, text: {
            var text = "\(stats.nodes) nodes, \(stats.edges) edges, density \(String(format: "%.6f", stats.density))\n"
            text += "\(stats.weakComponents) weakly connected components (largest \(stats.largestComponent) nodes), "
                + "\(stats.strongComponents) strongly connected\n"
            text += "index: \(index.approximateBytes) bytes, \(stats.edges > 0 ? index.approximateBytes / stats.edges : 0) per edge\n\n"
            text += TextTable.render([["kind", "nodes"]] + stats.kinds.sorted { $0.key < $1.key }.map { [$0.key.rawValue, String($0.value)] })
            text += "\n" + TextTable.render([["type", "edges"]] + stats.types.sorted { $0.key < $1.key }.map { [$0.key.rawValue, String($0.value)] })
            return text
        })
    }
}
