import Analysis
import ArgumentParser
import EntityGraph
import Foundation

/// The graph an analysis command works on: the index, and the full graph when it was read from
/// JSON or extracted from texts. A `.tsv` given with `--graph` is read straight into the index.
struct AnalysisInput {
    private(set) var index: AdjacencyIndex
    let graph: EntityGraph?
    private let names: NameIndex?

    /// Loads the input of `options`, timing read and index; with `types`, only edges of those
    /// relation types are kept.
    init(_ options: GraphInput, _ timings: Timings, types: Set<RelationType>? = nil) throws {
        try self.init(options, timings)
        if let types { index = timings.measure("index") { index.keeping(types) } }
    }

    /// Loads the input of `options`, timing read and index.
    init(_ options: GraphInput, _ timings: Timings) throws {
        if let file = options.graph, options.paths.isEmpty, file.lowercased().hasSuffix(".tsv") {
            guard FileManager.default.fileExists(atPath: file) else { throw CLIError("no such file: \(file)") }
            let data = try timings.measure("read") { () throws -> Data in
                guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
                guard !data.isEmpty else { throw CLIError("\(file) is empty") }
                return data
            }
            do {
                index = try timings.measure("index") { try EdgeListIndexReader.read(data, file: file) }
            } catch let error as GraphError {
                throw CLIError(error.description)
            }
            graph = nil
            names = nil
        } else {
            let loaded = try options.load(timings)
            graph = loaded
            (index, names) = timings.measure("index") { (AdjacencyIndex(loaded), NameIndex(loaded)) }
        }
    }

    /// The node named `name` (id, English name, alias or Arabic name), or the one-line error
    /// `no entity named "X"; did you mean: A, B?`.
    func node(named name: String) throws -> Int {
        if let names, let entity = names.entity(named: name), let node = index.node(entity.id) { return node }
        if let node = index.node(name) { return node }
        let suggestions = names?.suggestions(for: name) ?? []
        throw CLIError.unknownEntity(name, suggestions: suggestions)
    }

    /// The subgraph of some nodes, as node-link JSON material.
    func subgraph(_ nodes: Set<Int>) -> EntityGraph {
        if let graph { return graph.subgraph(Set(nodes.map(index.id))) }
        return index.subgraph(nodes)
    }
}
