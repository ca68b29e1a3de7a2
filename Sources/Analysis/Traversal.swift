/// Reusable memory for breadth-first searches over one index: a visited stamp per node (the run
/// number, so nothing is cleared between searches), the hop, the parent and the edge type it was
/// reached by. Not thread-safe: one per thread.
public final class Traversal {
    private var stamps: [UInt32]
    private var run: UInt32 = 0
    /// Hop of each node reached in the current run.
    public private(set) var hops: [Int32]
    /// Node each node was reached from (-1 for the start).
    public private(set) var parents: [Int32]
    /// Slot each node was reached by.
    public private(set) var parentSlots: [EdgeSlot]
    /// The nodes reached, in breadth-first order (the start first).
    public private(set) var order: [Int32] = []

    /// Memory for an index of `nodeCount` nodes.
    public init(nodeCount: Int) {
        stamps = [UInt32](repeating: 0, count: nodeCount)
        hops = [Int32](repeating: 0, count: nodeCount)
        parents = [Int32](repeating: -1, count: nodeCount)
        parentSlots = [EdgeSlot](repeating: EdgeSlot(neighbour: 0, type: 0, mirrored: false, edge: 0), count: nodeCount)
    }

    /// Whether the node was reached in the current run.
    @inline(__always)
    public func reached(_ node: Int) -> Bool { stamps[node] == run }

    /// Breadth-first search from `start` up to `depth` hops (nil: no limit), following the
    /// allowed type numbers in `direction`; `stop` ends the search early when it returns true
    /// for a node just reached. Fills `order`, `hops`, `parents`. O(V + E) at most.
    public func search(from start: Int, in index: AdjacencyIndex, depth: Int?, direction: EdgeDirection,
                       typeMask: [Bool], allowed: ((Int) -> Bool)? = nil, stop: ((Int) -> Bool)? = nil) {
        run &+= 1
        if run == 0 {
            for node in stamps.indices { stamps[node] = 0 }
            run = 1
        }
        var stamps: [UInt32] = [], hops: [Int32] = [], parents: [Int32] = [], slots: [EdgeSlot] = [], order: [Int32] = []
        swap(&stamps, &self.stamps)
        swap(&hops, &self.hops)
        swap(&parents, &self.parents)
        swap(&slots, &self.parentSlots)
        swap(&order, &self.order)
        defer {
            swap(&stamps, &self.stamps)
            swap(&hops, &self.hops)
            swap(&parents, &self.parents)
            swap(&slots, &self.parentSlots)
            swap(&order, &self.order)
        }
        let run = self.run
        order.removeAll(keepingCapacity: true)
        stamps[start] = run
        hops[start] = 0
        parents[start] = -1
        order.append(Int32(start))
        let allTypes = !typeMask.contains(false)
        let rowSets = rowsFor(direction, index)
        var head = 0
        while head < order.count {
            let node = Int(order[head])
            head += 1
            let hop = hops[node]
            if let depth, hop >= depth { continue }
            for rows in rowSets {
                var position = Int(rows.offsets[node])
                let end = Int(rows.offsets[node + 1])
                while position < end {
                    let slot = rows.slots[position]
                    position += 1
                    let next = Int(slot.neighbour)
                    if stamps[next] == run || (!allTypes && !typeMask[Int(slot.type)]) { continue }
                    if let allowed, !allowed(next) { continue }
                    stamps[next] = run
                    hops[next] = hop + 1
                    parents[next] = Int32(node)
                    slots[next] = slot
                    order.append(Int32(next))
                    if let stop, stop(next) { return }
                }
            }
        }
    }

    private func rowsFor(_ direction: EdgeDirection, _ index: AdjacencyIndex) -> [CompressedRows] {
        switch direction {
        case .outgoing: return [index.outRows]
        case .incoming: return [index.inRows]
        case .both: return [index.outRows, index.inRows]
        }
    }
}
