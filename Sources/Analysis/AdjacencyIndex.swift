import EntityGraph

/// A compact, integer-indexed adjacency structure built once from an `EntityGraph`.
///
/// Nodes are numbered 0..<nodeCount in id order; each node's out- and in-edges sit in contiguous
/// slices of flat arrays (compressed sparse rows), each slot holding the neighbour, the edge's
/// type number and the relation's position in `relations`. A symmetric relation is stored in
/// both directions of both ends. Building is O(V log V + E log E); memory is about 12 bytes per
/// edge slot plus the offsets. Indices are stable for the life of the index.
public struct AdjacencyIndex: Sendable {
    /// Entity ids by node number, sorted.
    public let ids: [String]
    /// Entity kinds by node number.
    public let kinds: [EntityKind]
    /// Relation types by type number, sorted.
    public let types: [RelationType]
    /// The graph's relations, in (source, type, target) order; edge slots point into this.
    public let relations: [Relation]
    /// Whether each type number is symmetric.
    public let symmetricTypes: [Bool]
    private let numberById: [String: Int32]
    private let outAdjacency: CompressedRows
    private let inAdjacency: CompressedRows

    /// Builds the index of `graph`.
    public init(_ graph: EntityGraph) {
        let entities = graph.entities
        ids = entities.map(\.id)
        kinds = entities.map(\.kind)
        var numbers: [String: Int32] = [:]
        numbers.reserveCapacity(ids.count)
        for (number, id) in ids.enumerated() { numbers[id] = Int32(number) }
        numberById = numbers
        relations = graph.relations
        types = Array(Set(relations.map(\.type))).sorted()
        let typeNumbers = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1, UInt16($0)) })
        symmetricTypes = types.map { graph.vocabulary.isSymmetric($0) }
        var outSlots: [(from: Int32, slot: EdgeSlot)] = []
        var inSlots: [(from: Int32, slot: EdgeSlot)] = []
        outSlots.reserveCapacity(relations.count)
        inSlots.reserveCapacity(relations.count)
        for (position, relation) in relations.enumerated() {
            let source = numbers[relation.source]!, target = numbers[relation.target]!
            let type = typeNumbers[relation.type]!
            outSlots.append((source, EdgeSlot(neighbour: target, type: type, relation: Int32(position))))
            inSlots.append((target, EdgeSlot(neighbour: source, type: type, relation: Int32(position))))
            if symmetricTypes[Int(type)] && source != target {
                outSlots.append((target, EdgeSlot(neighbour: source, type: type, relation: Int32(position))))
                inSlots.append((source, EdgeSlot(neighbour: target, type: type, relation: Int32(position))))
            }
        }
        outAdjacency = CompressedRows(nodeCount: ids.count, slots: outSlots)
        inAdjacency = CompressedRows(nodeCount: ids.count, slots: inSlots)
    }

    /// Number of nodes.
    public var nodeCount: Int { ids.count }

    /// The node number of an entity id.
    public func node(_ id: String) -> Int? { numberById[id].map(Int.init) }

    /// The type number of a relation type, if any edge has it.
    public func typeNumber(_ type: RelationType) -> Int? { types.firstIndex(of: type) }

    /// The edge slots leaving `node` (`outgoing`) or entering it (`incoming`).
    public func edges(of node: Int, _ direction: EdgeDirection) -> ArraySlice<EdgeSlot> {
        switch direction {
        case .outgoing: return outAdjacency.row(node)
        case .incoming: return inAdjacency.row(node)
        case .both: return outAdjacency.row(node) + inAdjacency.row(node)
        }
    }
}

/// One adjacency slot: the node at the other end, the type number and the relation position.
public struct EdgeSlot: Hashable, Sendable {
    /// Node number at the other end.
    public let neighbour: Int32
    /// Type number (index into `AdjacencyIndex.types`).
    public let type: UInt16
    /// Position of the relation in `AdjacencyIndex.relations`.
    public let relation: Int32
}

/// Rows of edge slots in one flat array, with an offset per node.
struct CompressedRows: Sendable {
    private let offsets: [Int32]
    private let slots: [EdgeSlot]

    /// Groups slots by their `from` node, keeping each row sorted by (neighbour, type).
    init(nodeCount: Int, slots unordered: [(from: Int32, slot: EdgeSlot)]) {
        var counts = [Int32](repeating: 0, count: nodeCount + 1)
        for entry in unordered { counts[Int(entry.from) + 1] += 1 }
        for node in 0..<nodeCount { counts[node + 1] += counts[node] }
        var cursor = counts
        var placed = [EdgeSlot](repeating: EdgeSlot(neighbour: 0, type: 0, relation: 0), count: unordered.count)
        for entry in unordered {
            placed[Int(cursor[Int(entry.from)])] = entry.slot
            cursor[Int(entry.from)] += 1
        }
        for node in 0..<nodeCount {
            let range = Int(counts[node])..<Int(counts[node + 1])
            placed[range].sort { ($0.neighbour, $0.type) < ($1.neighbour, $1.type) }
        }
        offsets = counts
        slots = placed
    }

    /// The slots of one node.
    func row(_ node: Int) -> ArraySlice<EdgeSlot> {
        slots[Int(offsets[node])..<Int(offsets[node + 1])]
    }
}
