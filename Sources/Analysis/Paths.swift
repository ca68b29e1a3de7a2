import EntityGraph

/// A path between two nodes: the nodes and, between each pair, the edge slot followed.
public struct GraphPath: Hashable, Sendable {
    /// Node numbers from the start to the end.
    public let nodes: [Int]
    /// Slots followed, one fewer than the nodes.
    public let slots: [EdgeSlot]
    /// Number of edges.
    public var length: Int { slots.count }
}

/// Shortest paths and simple paths over an `AdjacencyIndex`.
public enum Paths {
    /// A shortest path from `source` to `target` following the allowed types in `direction`
    /// (edges count one each), or nil. Searches from both ends; O(V + E) at most.
    public static func shortest(from source: Int, to target: Int, in index: AdjacencyIndex,
                                direction: EdgeDirection = .outgoing, types: Set<RelationType>? = nil,
                                search: BidirectionalSearch? = nil) -> GraphPath? {
        let search = search ?? BidirectionalSearch(nodeCount: index.nodeCount)
        return search.shortest(from: source, to: target, in: index, direction: direction, typeMask: index.typeMask(types))
    }

    /// Every shortest path from `source` to `target` (at most `limit`), in node-number order.
    public static func allShortest(from source: Int, to target: Int, in index: AdjacencyIndex,
                                   direction: EdgeDirection = .outgoing, types: Set<RelationType>? = nil,
                                   limit: Int = 100) -> [GraphPath] {
        guard let first = shortest(from: source, to: target, in: index, direction: direction, types: types) else { return [] }
        return simple(from: source, to: target, in: index, maxLength: first.length, direction: direction,
                      types: types, limit: limit).filter { $0.length == first.length }
    }

    /// Simple paths (no node twice) from `source` to `target` of at most `maxLength` edges,
    /// shortest first, then by the evidence they carry (more first) when `weight` is given, at
    /// most `limit`. Depth-first with pruning by the distance to `target`; exponential in the
    /// worst case, so keep `maxLength` small.
    public static func simple(from source: Int, to target: Int, in index: AdjacencyIndex, maxLength: Int,
                              direction: EdgeDirection = .both, types: Set<RelationType>? = nil, limit: Int = 100,
                              weight: ((EdgeSlot) -> Int)? = nil) -> [GraphPath] {
        let mask = index.typeMask(types)
        let distances = distancesTo(target, in: index, direction: direction, mask: mask, limit: maxLength)
        var found: [GraphPath] = []
        var onPath = Set<Int>([source])
        var nodes = [source], slots: [EdgeSlot] = []
        func extend(_ node: Int) {
            if node == target {
                found.append(GraphPath(nodes: nodes, slots: slots))
                return
            }
            guard slots.count < maxLength else { return }
            for slot in index.edges(of: node, direction) where mask[Int(slot.type)] {
                let next = Int(slot.neighbour)
                guard !onPath.contains(next), let left = distances[next], slots.count + 1 + left <= maxLength else { continue }
                onPath.insert(next)
                nodes.append(next)
                slots.append(slot)
                extend(next)
                slots.removeLast()
                nodes.removeLast()
                onPath.remove(next)
            }
        }
        extend(source)
        var seen = Set<[Int]>()
        let unique = found.filter { seen.insert($0.nodes + $0.slots.map { -1 - Int($0.edge) }).inserted }
        let score: (GraphPath) -> Int = { path in weight.map { w in path.slots.map(w).reduce(0, +) } ?? 0 }
        return unique.sorted { left, right in
            if left.length != right.length { return left.length < right.length }
            let (a, b) = (score(left), score(right))
            if a != b { return a > b }
            return left.nodes.lexicographicallyPrecedes(right.nodes)
        }.prefix(limit).map { $0 }
    }

    /// Hops from each node to `target` (following edges the way paths do), up to `limit`.
    private static func distancesTo(_ target: Int, in index: AdjacencyIndex, direction: EdgeDirection,
                                    mask: [Bool], limit: Int) -> [Int: Int] {
        let reverse: EdgeDirection = direction == .outgoing ? .incoming : direction == .incoming ? .outgoing : .both
        let traversal = Traversal(nodeCount: index.nodeCount)
        traversal.search(from: target, in: index, depth: limit, direction: reverse, typeMask: mask)
        var distances: [Int: Int] = [:]
        for node in traversal.order { distances[Int(node)] = Int(traversal.hops[Int(node)]) }
        return distances
    }
}
