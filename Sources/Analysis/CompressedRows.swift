/// One adjacency slot: the node at the other end, the type number, whether the slot is the
/// mirror of a symmetric edge (stored again the other way), and the edge's number.
public struct EdgeSlot: Hashable, Sendable {
    /// Node number at the other end.
    public let neighbour: Int32
    /// Type number (index into `AdjacencyIndex.types`).
    public let type: UInt16
    /// Whether this slot mirrors a symmetric edge written the other way.
    public let mirrored: Bool
    /// Number of the edge in the index's edge list.
    public let edge: Int32
}

/// Rows of edge slots in one flat array, with an offset per node (compressed sparse rows).
/// Within a row, slots keep the order of the edge list.
struct CompressedRows: Sendable {
    let offsets: [Int32]
    let slots: [EdgeSlot]

    /// Groups the slots `(from, slot)` produced by `entries` (called twice: once to count, once
    /// to fill) by their `from` node. O(V + E).
    init(nodeCount: Int, slotCount: Int, entries: ((Int32, EdgeSlot) -> Void) -> Void) {
        var counts = [Int32](repeating: 0, count: nodeCount + 1)
        entries { from, _ in counts[Int(from) + 1] += 1 }
        for node in 0..<nodeCount { counts[node + 1] += counts[node] }
        var cursor = counts
        var placed = [EdgeSlot](repeating: EdgeSlot(neighbour: 0, type: 0, mirrored: false, edge: 0), count: slotCount)
        placed.withUnsafeMutableBufferPointer { buffer in
            cursor.withUnsafeMutableBufferPointer { cursor in
                entries { from, slot in
                    buffer[Int(cursor[Int(from)])] = slot
                    cursor[Int(from)] += 1
                }
            }
        }
        offsets = counts
        slots = placed
    }

    /// The slots of one node.
    @inline(__always)
    func row(_ node: Int) -> ArraySlice<EdgeSlot> {
        slots[Int(offsets[node])..<Int(offsets[node + 1])]
    }

    /// The number of slots of one node.
    @inline(__always)
    func count(_ node: Int) -> Int { Int(offsets[node + 1] - offsets[node]) }
}
