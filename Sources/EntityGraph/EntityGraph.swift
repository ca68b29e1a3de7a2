/// A typed entity-relationship graph: entities by id, relations merged by (source, type, target).
///
/// Merging rules: adding an entity whose id is already present merges aliases and labels into
/// the existing node; adding a relation whose key is already present appends its evidence, merges
/// its attributes (of two values of one attribute, the one read earliest wins, so the result does
/// not depend on the order of merging) and keeps the higher confidence. Symmetric relations are
/// stored once, with their ends in id order. Value type; iteration order is sorted and stable.
public struct EntityGraph: Sendable {
    /// The relation types this graph knows.
    public var vocabulary: RelationVocabulary
    /// The documents (or other sources) the graph was built from, sorted and unique.
    public var sources: [String] { sourceSet.sorted() }
    private var sourceSet: Set<String> = []
    private var entityTable: [String: Entity] = [:]
    private var relationTable: [RelationKey: StoredRelation] = [:]

    /// A relation as stored: its evidence in arrival order, possibly with repeats; sorting it
    /// for reading also drops the repeats, so that adding evidence never hashes it.
    private struct StoredRelation: Sendable {
        var relation: Relation
        /// For each attribute, the earliest evidence of the readings that gave its value.
        var attributeSources: [String: Evidence]

        init(_ relation: Relation) {
            self.relation = relation
            let first = relation.evidence.min()
            attributeSources = first.map { first in relation.attributes.mapValues { _ in first } } ?? [:]
        }

        /// Adds other readings of the same edge: their evidence, their attributes (of two values
        /// of one attribute, the one read earliest wins, and of two read at once the smaller, so
        /// that the result does not depend on the order of merging), the higher confidence. An
        /// edge one reading asserts is asserted: `modality` stays only when every reading has one.
        /// The result does not depend on the order of merging.
        /// `sources` gives the earliest evidence of each attribute of `other`; without it, its
        /// attributes were all read with its earliest evidence.
        mutating func merge(_ other: Relation, sources: [String: Evidence]? = nil) {
            relation.evidence += other.evidence
            relation.confidence = max(relation.confidence, other.confidence)
            let asserted = relation.attributes[Relation.modalityKey] == nil || other.attributes[Relation.modalityKey] == nil
            if asserted {
                relation.attributes[Relation.modalityKey] = nil
                attributeSources[Relation.modalityKey] = nil
            }
            guard !other.attributes.isEmpty else { return }
            let first = sources == nil ? other.evidence.min() : nil
            for (key, value) in other.attributes where !(asserted && key == Relation.modalityKey) {
                let offered = sources.map { $0[key] } ?? first, kept = attributeSources[key]
                guard let current = relation.attributes[key] else {
                    relation.attributes[key] = value
                    attributeSources[key] = offered
                    continue
                }
                let earlier: Bool
                switch (offered, kept) {
                case let (offered?, kept?): earlier = offered < kept || (!(kept < offered) && value < current)
                case (.some, nil): earlier = true
                case (nil, .some): earlier = false
                case (nil, nil): earlier = value < current
                }
                if earlier {
                    relation.attributes[key] = value
                    attributeSources[key] = offered
                }
            }
        }

        /// The relation with its evidence sorted and each piece of evidence once (the first
        /// reading of a repeated one is kept).
        var sorted: Relation {
            var copy = relation
            let evidence = relation.evidence
            let inOrder = zip(evidence, evidence.dropFirst()).allSatisfy { !($1 < $0) }
            let ordered = inOrder ? evidence : evidence.indices.sorted { a, b in
                evidence[a] < evidence[b] || (!(evidence[b] < evidence[a]) && a < b)
            }.map { evidence[$0] }
            copy.evidence.removeAll(keepingCapacity: true)
            for piece in ordered where copy.evidence.last != piece {
                copy.evidence.append(piece)
            }
            return copy
        }
    }

    /// Creates an empty graph over a vocabulary.
    public init(vocabulary: RelationVocabulary = .core) {
        self.vocabulary = vocabulary
    }

    /// All entities, sorted by id.
    public var entities: [Entity] { entityTable.values.sorted { $0.id < $1.id } }

    /// All relations, sorted by (source, type, target).
    public var relations: [Relation] {
        relationTable.sorted { $0.key < $1.key }.map(\.value.sorted)
    }

    /// The relations of one type, sorted by (source, type, target): cheaper than `relations`
    /// when one type is wanted.
    public func relations(ofType type: RelationType) -> [Relation] {
        relationTable.filter { $0.key.type == type }.sorted { $0.key < $1.key }.map(\.value.sorted)
    }

    /// Number of entities.
    public var entityCount: Int { entityTable.count }

    /// Number of relations.
    public var relationCount: Int { relationTable.count }

    /// The entity with this exact id.
    public func entity(id: String) -> Entity? { entityTable[id] }

    /// Whether an entity with this id exists.
    public func contains(id: String) -> Bool { entityTable.index(forKey: id) != nil }

    /// Records a source document.
    public mutating func addSource(_ source: String) {
        sourceSet.insert(source)
    }

    /// Adds an entity, merging it into an existing one with the same id.
    public mutating func add(_ entity: Entity) {
        if var existing = entityTable[entity.id] {
            existing.merge(entity)
            entityTable[entity.id] = existing
        } else {
            entityTable[entity.id] = entity
        }
    }

    /// Adds a relation between two existing entities, merging it into an existing edge with the
    /// same key. Throws `GraphError.unknownEntity` if either end is missing.
    public mutating func add(_ relation: Relation) throws {
        guard entityTable.index(forKey: relation.source) != nil else { throw GraphError.unknownEntity(relation.source) }
        guard entityTable.index(forKey: relation.target) != nil else { throw GraphError.unknownEntity(relation.target) }
        insert(relation, sources: nil)
    }

    /// Stores readings of an edge under its key (ends in id order for symmetric types), merged
    /// into the edge already there; `sources` as for `StoredRelation.merge`.
    private mutating func insert(_ relation: Relation, sources: [String: Evidence]?) {
        var relation = relation
        let key = relation.key(symmetric: vocabulary.isSymmetric(relation.type))
        relation.source = key.source
        relation.target = key.target
        if let index = relationTable.index(forKey: key) {
            relationTable.values[index].merge(relation, sources: sources)
        } else {
            var stored = StoredRelation(relation)
            if let sources { stored.attributeSources = sources }
            relationTable[key] = stored
        }
    }

    /// The edge with this key, if any (ends ordered for symmetric types).
    public func relation(source: String, type: RelationType, target: String) -> Relation? {
        let probe = Relation(source: source, type: type, target: target)
        return relationTable[probe.key(symmetric: vocabulary.isSymmetric(type))]?.sorted
    }

    /// Merges every entity, relation and source of another graph into this one.
    public mutating func merge(_ other: EntityGraph) {
        for (type, info) in other.vocabulary.types where !vocabulary.contains(type) {
            vocabulary.define(type, info)
        }
        sourceSet.formUnion(other.sourceSet)
        other.entityTable.values.forEach { add($0) }
        for stored in other.relationTable.values where entityTable.index(forKey: stored.relation.source) != nil && entityTable.index(forKey: stored.relation.target) != nil {
            insert(stored.relation, sources: stored.attributeSources)
        }
    }

    /// The subgraph induced by a set of entity ids: those entities and the relations among them.
    public func subgraph(_ ids: Set<String>) -> EntityGraph {
        var result = EntityGraph(vocabulary: vocabulary)
        result.sourceSet = sourceSet
        for id in ids { if let entity = entityTable[id] { result.add(entity) } }
        for stored in relationTable.values where ids.contains(stored.relation.source) && ids.contains(stored.relation.target) {
            try? result.add(stored.relation)
        }
        return result
    }
}
