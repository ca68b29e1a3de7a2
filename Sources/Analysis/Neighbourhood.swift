import EntityGraph

/// What a neighbourhood query follows: how far, which relation types, which way, which kinds.
public struct NeighbourhoodQuery: Sendable {
    /// Maximum number of hops (≥ 1).
    public var depth: Int
    /// Relation types to follow; nil follows all.
    public var types: Set<RelationType>?
    /// Which way to follow directed edges; symmetric edges are always followed both ways.
    public var direction: EdgeDirection
    /// Entity kinds that may be reached; nil allows all.
    public var kinds: Set<EntityKind>?

    /// Creates a query; the defaults are one hop, all types, both directions, all kinds.
    public init(depth: Int = 1, types: Set<RelationType>? = nil, direction: EdgeDirection = .both,
                kinds: Set<EntityKind>? = nil) {
        self.depth = depth
        self.types = types
        self.direction = direction
        self.kinds = kinds
    }
}

/// One entity reached by a neighbourhood query, with how it was first reached.
public struct NeighbourHit: Hashable, Sendable {
    /// The entity reached.
    public let id: String
    /// Its kind.
    public let kind: EntityKind
    /// Number of hops from the centre.
    public let hop: Int
    /// The relation type of the edge it was reached by.
    public let type: RelationType
    /// `outgoing` if the edge points from `via` to it, `incoming` if from it to `via`,
    /// `both` for symmetric relations.
    public let direction: EdgeDirection
    /// The entity it was reached from (the centre for hop 1).
    public let via: String
    /// Relation types along the path from the centre.
    public let pathTypes: [RelationType]
}

/// Breadth-first neighbourhoods over an `AdjacencyIndex`.
public enum Neighbourhood {
    /// The entities within `query.depth` hops of `center`, in order of (hop, id). Each entity is
    /// reported once, through the first edge (in id and type order) that reaches it.
    /// O(V + E) time in the worst case; the centre itself is not reported.
    public static func around(_ center: String, in index: AdjacencyIndex, query: NeighbourhoodQuery) -> [NeighbourHit] {
        guard let start = index.node(center), query.depth >= 1 else { return [] }
        let allowedTypes: [Bool] = index.types.map { query.types?.contains($0) ?? true }
        var visited = [Bool](repeating: false, count: index.nodeCount)
        visited[start] = true
        var paths: [Int: [RelationType]] = [start: []]
        var frontier = [start]
        var hits: [NeighbourHit] = []
        for hop in 1...query.depth {
            var next: [Int] = []
            var reached: [NeighbourHit] = []
            for node in frontier {
                for direction in directions(query.direction) {
                    for slot in index.edges(of: node, direction) where allowedTypes[Int(slot.type)] {
                        let neighbour = Int(slot.neighbour)
                        if visited[neighbour] { continue }
                        if let kinds = query.kinds, !kinds.contains(index.kinds[neighbour]) { continue }
                        visited[neighbour] = true
                        let type = index.types[Int(slot.type)]
                        let path = paths[node, default: []] + [type]
                        paths[neighbour] = path
                        next.append(neighbour)
                        reached.append(NeighbourHit(
                            id: index.ids[neighbour], kind: index.kinds[neighbour], hop: hop, type: type,
                            direction: index.symmetricTypes[Int(slot.type)] ? .both : direction,
                            via: index.ids[node], pathTypes: path))
                    }
                }
            }
            hits += reached.sorted { $0.id < $1.id }
            frontier = next.sorted()
            if frontier.isEmpty { break }
        }
        return hits
    }

    /// The ego graph: the centre, the entities of its neighbourhood and the relations among them.
    public static func egoGraph(_ center: String, in graph: EntityGraph, index: AdjacencyIndex,
                                query: NeighbourhoodQuery) -> EntityGraph {
        var ids = Set(around(center, in: index, query: query).map(\.id))
        ids.insert(center)
        return graph.subgraph(ids)
    }

    private static func directions(_ direction: EdgeDirection) -> [EdgeDirection] {
        direction == .both ? [.outgoing, .incoming] : [direction]
    }
}
