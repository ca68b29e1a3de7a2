import EntityGraph

/// A DOT graph as Graphviz's parser read it: attributes of the graph, nodes and edges.
public struct ParsedDOT: Sendable {
    /// The root graph's attributes.
    public var graphAttributes: [String: String] = [:]
    /// Nodes in the order Graphviz lists them, with their attributes.
    public var nodes: [(name: String, attributes: [String: String])] = []
    /// Edges with their attributes.
    public var edges: [(tail: String, head: String, attributes: [String: String])] = []

    /// Reads DOT text into an entity graph (see `DOTInterchange`).
    public static func entityGraph(fromDOT text: String, file: String = "<dot>") throws -> EntityGraph {
        let parsed = try GraphvizRenderer.shared.parse(dot: text)
        return try DOTInterchange.graph(nodes: parsed.nodes, edges: parsed.edges,
                                        encoded: parsed.graphAttributes["ergraph"] == "1", file: file)
    }
}
