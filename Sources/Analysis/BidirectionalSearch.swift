/// Shortest paths by breadth-first search from both ends at once, always growing the smaller
/// frontier: on graphs with hubs it touches far fewer edges than a one-sided search. Reusable
/// memory with run stamps, like `Traversal`; not thread-safe.
public final class BidirectionalSearch {
    private var forwardStamp: [UInt32]
    private var backwardStamp: [UInt32]
    private var forwardParent: [Int32]
    private var backwardParent: [Int32]
    private var forwardSlot: [EdgeSlot]
    private var backwardSlot: [EdgeSlot]
    private var run: UInt32 = 0

    /// Memory for an index of `nodeCount` nodes.
    public init(nodeCount: Int) {
        forwardStamp = [UInt32](repeating: 0, count: nodeCount)
        backwardStamp = forwardStamp
        forwardParent = [Int32](repeating: -1, count: nodeCount)
        backwardParent = forwardParent
        let empty = EdgeSlot(neighbour: 0, type: 0, mirrored: false, edge: 0)
        forwardSlot = [EdgeSlot](repeating: empty, count: nodeCount)
        backwardSlot = forwardSlot
    }

    /// A shortest path from `source` to `target` following `direction` (forward rows from the
    /// source, the opposite rows from the target) and the allowed type numbers. O(V + E) at most.
    public func shortest(from source: Int, to target: Int, in index: AdjacencyIndex, direction: EdgeDirection,
                         typeMask: [Bool]) -> GraphPath? {
        if source == target { return GraphPath(nodes: [source], slots: []) }
        run &+= 1
        if run == 0 {
            for node in forwardStamp.indices { forwardStamp[node] = 0; backwardStamp[node] = 0 }
            run = 1
        }
        let forwardRows = rows(direction, index)
        let backwardRows = rows(direction == .outgoing ? .incoming : direction == .incoming ? .outgoing : .both, index)
        let allTypes = !typeMask.contains(false)
        forwardStamp[source] = run; forwardParent[source] = -1
        backwardStamp[target] = run; backwardParent[target] = -1
        var forwardFrontier = [Int32(source)], backwardFrontier = [Int32(target)]
        var meeting = -1
        while !forwardFrontier.isEmpty && !backwardFrontier.isEmpty && meeting < 0 {
            let forwardCost = cost(forwardFrontier, forwardRows)
            let backwardCost = cost(backwardFrontier, backwardRows)
            let growForward = forwardCost <= backwardCost
            var next: [Int32] = []
            for node in (growForward ? forwardFrontier : backwardFrontier).map(Int.init) {
                for rowSet in growForward ? forwardRows : backwardRows {
                    var position = Int(rowSet.offsets[node])
                    let end = Int(rowSet.offsets[node + 1])
                    while position < end {
                        let slot = rowSet.slots[position]
                        position += 1
                        if !allTypes && !typeMask[Int(slot.type)] { continue }
                        let neighbour = Int(slot.neighbour)
                        if growForward {
                            if forwardStamp[neighbour] == run { continue }
                            forwardStamp[neighbour] = run
                            forwardParent[neighbour] = Int32(node)
                            forwardSlot[neighbour] = slot
                            if backwardStamp[neighbour] == run { meeting = neighbour; break }
                        } else {
                            if backwardStamp[neighbour] == run { continue }
                            backwardStamp[neighbour] = run
                            backwardParent[neighbour] = Int32(node)
                            backwardSlot[neighbour] = slot
                            if forwardStamp[neighbour] == run { meeting = neighbour; break }
                        }
                        next.append(Int32(neighbour))
                    }
                    if meeting >= 0 { break }
                }
                if meeting >= 0 { break }
            }
            if growForward { forwardFrontier = next } else { backwardFrontier = next }
        }
        guard meeting >= 0 else { return nil }
        var nodes = [meeting], slots: [EdgeSlot] = []
        var current = meeting
        while forwardParent[current] >= 0 {
            slots.append(forwardSlot[current])
            current = Int(forwardParent[current])
            nodes.append(current)
        }
        nodes.reverse(); slots.reverse()
        current = meeting
        while backwardParent[current] >= 0 {
            slots.append(backwardSlot[current])
            current = Int(backwardParent[current])
            nodes.append(current)
        }
        return GraphPath(nodes: nodes, slots: slots)
    }

    /// The number of slots a frontier would scan.
    private func cost(_ frontier: [Int32], _ rowSets: [CompressedRows]) -> Int {
        var total = 0
        for node in frontier {
            for rows in rowSets { total += rows.count(Int(node)) }
        }
        return total
    }

    private func rows(_ direction: EdgeDirection, _ index: AdjacencyIndex) -> [CompressedRows] {
        switch direction {
        case .outgoing: return [index.outRows]
        case .incoming: return [index.inRows]
        case .both: return [index.outRows, index.inRows]
        }
    }
}
