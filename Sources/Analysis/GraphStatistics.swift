import EntityGraph

/// Counts that describe a graph: nodes and edges by kind and type, density, components.
public struct GraphStatistics: Sendable {
    /// Number of nodes.
    public let nodes: Int
    /// Number of edges (parallel edges counted).
    public let edges: Int
    /// Nodes by kind.
    public let kinds: [EntityKind: Int]
    /// Edges by relation type.
    public let types: [RelationType: Int]
    /// Edges / (nodes × (nodes − 1)).
    public let density: Double
    /// Number of weakly connected components.
    public let weakComponents: Int
    /// Number of strongly connected components.
    public let strongComponents: Int
    /// Nodes in the largest weakly connected component.
    public let largestComponent: Int

    /// Computes the statistics of an index. O(V + E).
    public init(_ index: AdjacencyIndex) {
        nodes = index.nodeCount
        edges = index.edgeCount
        kinds = Dictionary(grouping: index.kinds, by: { $0 }).mapValues(\.count)
        var typeCounts = [Int](repeating: 0, count: index.types.count)
        for type in index.edgeTypes { typeCounts[Int(type)] += 1 }
        types = Dictionary(uniqueKeysWithValues: index.types.enumerated().map { ($1, typeCounts[$0]) })
        density = nodes > 1 ? Double(edges) / (Double(nodes) * Double(nodes - 1)) : 0
        let weak = Components.weak(index)
        weakComponents = weak.count
        var sizes = [Int](repeating: 0, count: weak.count)
        for component in weak.component { sizes[Int(component)] += 1 }
        largestComponent = sizes.max() ?? 0
        strongComponents = Components.strongCount(index)
    }
}
