/// The JSON shape of a node-link graph, as `networkx.node_link_graph(data, edges="edges")` reads it.
struct NodeLinkDocument: Codable {
    struct GraphInfo: Codable {
        var sources: [String]
        var generator: String
        var version: String
    }

    struct Node: Codable {
        var id: String
        var name: String?
        var kind: EntityKind?
        var labels: [String: String]?
        var aliases: [String]?
    }

    struct Edge: Codable {
        var source: String
        var target: String
        var key: String?
        var type: String
        var attrs: [String: String]?
        var evidence: [Evidence]?
        var confidence: Double?
    }

    var directed: Bool
    var multigraph: Bool
    var graph: GraphInfo?
    var nodes: [Node]
    var edges: [Edge]
}
