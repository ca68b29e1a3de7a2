import EntityGraph

/// Rankings of nodes: degree and PageRank.
public enum Centrality {
    /// In-degree plus out-degree of every node, parallel edges counted, optionally only for
    /// some relation types. O(E).
    public static func degrees(_ index: AdjacencyIndex, types: Set<RelationType>? = nil,
                               direction: EdgeDirection = .both) -> [Int] {
        let mask = index.typeMask(types)
        var degrees = [Int](repeating: 0, count: index.nodeCount)
        for edge in 0..<index.edgeCount where mask[Int(index.edgeTypes[edge])] {
            if direction != .incoming { degrees[Int(index.edgeSources[edge])] += 1 }
            if direction != .outgoing { degrees[Int(index.edgeTargets[edge])] += 1 }
        }
        return degrees
    }

    /// PageRank of every node over the edges as written (parallel edges counted, mirrors of
    /// symmetric edges not), with `damping`; iterates until the total (L1) change of the rank
    /// vector is below `tolerance`. Dangling nodes spread their rank evenly, as NetworkX does.
    /// O(E) per iteration.
    public static func pageRank(_ index: AdjacencyIndex, damping: Double = 0.85, tolerance: Double = 1e-6,
                                maxIterations: Int = 1000) -> (ranks: [Double], iterations: Int) {
        let count = index.nodeCount
        guard count > 0 else { return ([], 0) }
        var outDegree = [Double](repeating: 0, count: count)
        for source in index.edgeSources { outDegree[Int(source)] += 1 }
        let inverse = outDegree.map { $0 > 0 ? 1 / $0 : 0 }
        var ranks = [Double](repeating: 1 / Double(count), count: count)
        var next = ranks
        var contribution = ranks
        let rows = index.inRows
        var iteration = 0
        while iteration < maxIterations {
            iteration += 1
            var dangling = 0.0
            for node in 0..<count {
                contribution[node] = ranks[node] * inverse[node]
                if inverse[node] == 0 { dangling += ranks[node] }
            }
            let base = (1 - damping) / Double(count) + damping * dangling / Double(count)
            var change = 0.0
            rows.slots.withUnsafeBufferPointer { slots in
                rows.offsets.withUnsafeBufferPointer { offsets in
                    for node in 0..<count {
                        var sum = 0.0
                        var position = Int(offsets[node])
                        let end = Int(offsets[node + 1])
                        while position < end {
                            let slot = slots[position]
                            if !slot.mirrored { sum += contribution[Int(slot.neighbour)] }
                            position += 1
                        }
                        let value = base + damping * sum
                        change += abs(value - ranks[node])
                        next[node] = value
                    }
                }
            }
            swap(&ranks, &next)
            if change < tolerance { break }
        }
        return (ranks, iteration)
    }

    /// The `top` nodes by `scores`, highest first, ties by node number.
    public static func top<T: Comparable>(_ scores: [T], _ top: Int, among nodes: [Int]? = nil) -> [Int] {
        let candidates = nodes ?? Array(scores.indices)
        return candidates.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.prefix(top).map { $0 }
    }
}
