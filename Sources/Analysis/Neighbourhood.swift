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
    /// The node numbers within `query.depth` hops of `center` (the centre first), in
    /// breadth-first order, using `traversal` (its `hops` and `parents` describe the result).
    /// O(V + E) at most; nothing is allocated but the result.
    public static func nodes(around center: Int, in index: AdjacencyIndex, query: NeighbourhoodQuery,
                             traversal: Traversal) -> [Int32] {
        let kinds = query.kinds
        traversal.search(from: center, in: index, depth: query.depth, direction: query.direction,
                         typeMask: index.typeMask(query.types),
                         allowed: kinds.map { kinds in { kinds.contains(index.kinds[$0]) } })
        return traversal.order
    }

    /// The entities within `query.depth` hops of `center`, in order of (hop, id). Each entity is
    /// reported once, through the first edge that reaches it. The centre itself is not reported.
    public static func around(_ center: String, in index: AdjacencyIndex, query: NeighbourhoodQuery) -> [NeighbourHit] {
        guard let start = index.node(center), query.depth >= 1 else { return [] }
        let traversal = Traversal(nodeCount: index.nodeCount)
        let reached = nodes(around: start, in: index, query: query, traversal: traversal)
        var hits: [NeighbourHit] = []
        hits.reserveCapacity(reached.count)
        for node in reached.dropFirst().map(Int.init) {
            let slot = traversal.parentSlots[node]
            let parent = Int(traversal.parents[node])
            let symmetric = index.symmetricTypes[Int(slot.type)]
            let cameOut = index.edgeSources[Int(slot.edge)] == Int32(parent) && !slot.mirrored
            hits.append(NeighbourHit(id: index.id(node), kind: index.kinds[node], hop: Int(traversal.hops[node]),
                                     type: index.types[Int(slot.type)],
                                     direction: symmetric ? .both : (cameOut ? .outgoing : .incoming),
                                     via: index.id(parent), pathTypes: pathTypes(to: node, index, traversal)))
        }
        return hits.sorted { ($0.hop, $0.id) < ($1.hop, $1.id) }
    }

    /// The ego graph: the centre, the entities of its neighbourhood and the relations among them.
    public static func egoGraph(_ center: String, in graph: EntityGraph, index: AdjacencyIndex,
                                query: NeighbourhoodQuery) -> EntityGraph {
        var ids = Set(around(center, in: index, query: query).map(\.id))
        ids.insert(center)
        return graph.subgraph(ids)
    }

    private static func pathTypes(to node: Int, _ index: AdjacencyIndex, _ traversal: Traversal) -> [RelationType] {
        var types: [RelationType] = []
        var current = node
        while traversal.parents[current] >= 0 {
            types.append(index.types[Int(traversal.parentSlots[current].type)])
            current = Int(traversal.parents[current])
        }
        return types.reversed()
    }
}
