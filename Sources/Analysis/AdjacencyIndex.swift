import EntityGraph

/// A compact, integer-indexed adjacency structure, built once from an `EntityGraph` or read
/// straight from a TSV edge list (`EdgeListIndexReader`).
///
/// Nodes are numbered 0..<nodeCount; each node's out- and in-edges sit in contiguous slices of
/// flat arrays (compressed sparse rows). The edge list is kept as three arrays (source, target,
/// type number), parallel edges included. When `honoursSymmetry` is set, an edge of a symmetric
/// type is also stored the other way (a mirrored slot), so that it is followed in both
/// directions. Memory: 10 bytes per edge for the list plus 12 per slot (two or four slots per
/// edge), plus the node names in one byte arena. Indices are stable for the life of the index.
public struct AdjacencyIndex: Sendable {
    /// Display names by node number (the entity's name, or its id).
    public let names: [String]
    /// Entity kinds by node number (`unknown` for edge lists).
    public let kinds: [EntityKind]
    /// Relation types by type number.
    public let types: [RelationType]
    /// Whether each type number is symmetric.
    public let symmetricTypes: [Bool]
    /// Source node of each edge.
    public let edgeSources: [Int32]
    /// Target node of each edge.
    public let edgeTargets: [Int32]
    /// Type number of each edge.
    public let edgeTypes: [UInt16]
    /// The relations the edges came from, when built from an `EntityGraph` (else empty).
    public let relations: [Relation]
    private let idTable: WordTable
    /// Whether symmetric types are followed both ways.
    public let honoursSymmetry: Bool
    let outRows: CompressedRows
    let inRows: CompressedRows

    /// Builds the index of `graph`: one edge per relation, symmetric types followed both ways.
    public init(_ graph: EntityGraph) {
        let entities = graph.entities
        var table = WordTable(capacity: entities.count)
        for entity in entities { _ = table.intern(entity.id) }
        let relations = graph.relations
        let types = Array(Set(relations.map(\.type))).sorted()
        let typeNumbers = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1, UInt16($0)) })
        var sources: [Int32] = [], targets: [Int32] = [], typeList: [UInt16] = []
        sources.reserveCapacity(relations.count)
        targets.reserveCapacity(relations.count)
        typeList.reserveCapacity(relations.count)
        for relation in relations {
            sources.append(table.id(relation.source)!)
            targets.append(table.id(relation.target)!)
            typeList.append(typeNumbers[relation.type]!)
        }
        self.init(idTable: table, names: entities.map(\.name), kinds: entities.map(\.kind), types: types,
                  symmetricTypes: types.map { graph.vocabulary.isSymmetric($0) }, sources: sources,
                  targets: targets, edgeTypes: typeList, relations: relations, honoursSymmetry: true)
    }

    /// Builds an index from an edge list already numbered.
    init(idTable: WordTable, names: [String], kinds: [EntityKind], types: [RelationType], symmetricTypes: [Bool],
         sources: [Int32], targets: [Int32], edgeTypes: [UInt16], relations: [Relation], honoursSymmetry: Bool) {
        self.idTable = idTable
        self.names = names
        self.kinds = kinds
        self.types = types
        self.symmetricTypes = symmetricTypes
        edgeSources = sources
        edgeTargets = targets
        self.edgeTypes = edgeTypes
        self.relations = relations
        self.honoursSymmetry = honoursSymmetry
        let nodeCount = names.count
        let mirror = honoursSymmetry ? symmetricTypes : symmetricTypes.map { _ in false }
        var mirroredCount = 0
        for (edge, type) in edgeTypes.enumerated() where mirror[Int(type)] && sources[edge] != targets[edge] { mirroredCount += 1 }
        let slotCount = sources.count + mirroredCount
        outRows = Self.rows(nodeCount: nodeCount, slotCount: slotCount, from: sources, to: targets, edgeTypes: edgeTypes, mirror: mirror)
        inRows = Self.rows(nodeCount: nodeCount, slotCount: slotCount, from: targets, to: sources, edgeTypes: edgeTypes, mirror: mirror)
    }

    /// The rows of slots from `from[edge]` to `to[edge]`, plus the mirrored slots of symmetric edges.
    private static func rows(nodeCount: Int, slotCount: Int, from: [Int32], to: [Int32], edgeTypes: [UInt16],
                             mirror: [Bool]) -> CompressedRows {
        CompressedRows(nodeCount: nodeCount, slotCount: slotCount) { emit in
            for edge in 0..<from.count {
                let type = edgeTypes[edge]
                emit(from[edge], EdgeSlot(neighbour: to[edge], type: type, mirrored: false, edge: Int32(edge)))
                if mirror[Int(type)] && from[edge] != to[edge] {
                    emit(to[edge], EdgeSlot(neighbour: from[edge], type: type, mirrored: true, edge: Int32(edge)))
                }
            }
        }
    }

    /// Number of nodes.
    public var nodeCount: Int { names.count }

    /// Number of edges (parallel edges counted, mirrors not).
    public var edgeCount: Int { edgeSources.count }

    /// The id of a node.
    public func id(_ node: Int) -> String { idTable.word(Int32(node)) }

    /// The node number of an entity id.
    public func node(_ id: String) -> Int? { idTable.id(id).map(Int.init) }

    /// The type number of a relation type, if any edge has it.
    public func typeNumber(_ type: RelationType) -> Int? { types.firstIndex(of: type) }

    /// The edge slots leaving `node` (`outgoing`), entering it (`incoming`), or both.
    public func edges(of node: Int, _ direction: EdgeDirection) -> ArraySlice<EdgeSlot> {
        switch direction {
        case .outgoing: return outRows.row(node)
        case .incoming: return inRows.row(node)
        case .both: return outRows.row(node) + inRows.row(node)
        }
    }

    /// A mask of the allowed type numbers (all when `types` is nil).
    public func typeMask(_ types: Set<RelationType>?) -> [Bool] {
        self.types.map { types?.contains($0) ?? true }
    }

    /// Approximate bytes held by the index (edge list, rows, names arena).
    public var approximateBytes: Int {
        edgeCount * 10 + (outRows.slots.count + inRows.slots.count) * MemoryLayout<EdgeSlot>.stride
            + (outRows.offsets.count + inRows.offsets.count) * 4 + idTable.byteCount
    }

    /// The same nodes with only the edges of the given types (all edges when `types` is nil).
    public func keeping(_ types: Set<RelationType>?) -> AdjacencyIndex {
        guard let types else { return self }
        let mask = typeMask(types)
        let kept = (0..<edgeCount).filter { mask[Int(edgeTypes[$0])] }
        return AdjacencyIndex(idTable: idTable, names: names, kinds: kinds, types: self.types, symmetricTypes: symmetricTypes,
                              sources: kept.map { edgeSources[$0] }, targets: kept.map { edgeTargets[$0] },
                              edgeTypes: kept.map { edgeTypes[$0] },
                              relations: relations.isEmpty ? [] : kept.map { relations[$0] }, honoursSymmetry: honoursSymmetry)
    }

    /// The subgraph of the given nodes and the edges among them, as an `EntityGraph`.
    public func subgraph(_ nodes: Set<Int>, vocabulary: RelationVocabulary = .core) -> EntityGraph {
        var graph = EntityGraph(vocabulary: vocabulary)
        for node in nodes.sorted() {
            graph.add(Entity(id: id(node), name: names[node], kind: kinds[node]))
        }
        for edge in 0..<edgeCount where nodes.contains(Int(edgeSources[edge])) && nodes.contains(Int(edgeTargets[edge])) {
            if relations.indices.contains(edge) {
                try? graph.add(relations[edge])
            } else {
                try? graph.add(Relation(source: id(Int(edgeSources[edge])), type: types[Int(edgeTypes[edge])],
                                        target: id(Int(edgeTargets[edge]))))
            }
        }
        return graph
    }
}
