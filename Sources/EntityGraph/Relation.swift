/// An edge of the graph: `source type target`, with attributes, evidence and a confidence.
public struct Relation: Hashable, Sendable {
    /// Id of the source entity.
    public var source: String
    /// The relation type.
    public var type: RelationType
    /// Id of the target entity.
    public var target: String
    /// Attributes such as `role`, `direction`, `date`, `what`, `place`.
    public var attributes: [String: String]
    /// Every place in the text where the relation was read, sorted.
    public var evidence: [Evidence]
    /// Confidence in 0...1.
    public var confidence: Double

    /// The attribute that says how an event is stated (`planned`, `denied`, `reported`); an edge
    /// without it is asserted.
    public static let modalityKey = "modality"

    /// Creates a relation; the confidence is clamped to 0...1.
    public init(source: String, type: RelationType, target: String, attributes: [String: String] = [:],
                evidence: [Evidence] = [], confidence: Double = 1) {
        self.source = source
        self.type = type
        self.target = target
        self.attributes = attributes
        self.evidence = evidence.sorted()
        self.confidence = min(1, max(0, confidence))
    }

    /// The identity of the edge: (source, type, target), with the ends ordered for symmetric types.
    public func key(symmetric: Bool) -> RelationKey {
        if symmetric && target < source {
            return RelationKey(source: target, type: type, target: source)
        }
        return RelationKey(source: source, type: type, target: target)
    }
}

/// The identity of an edge: one edge per (source, type, target).
public struct RelationKey: Hashable, Comparable, Sendable {
    /// Id of the source entity.
    public var source: String
    /// The relation type.
    public var type: RelationType
    /// Id of the target entity.
    public var target: String

    /// Creates a key.
    public init(source: String, type: RelationType, target: String) {
        self.source = source
        self.type = type
        self.target = target
    }

    /// Orders keys by source, type, target.
    public static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
        (lhs.source, lhs.type.rawValue, lhs.target) < (rhs.source, rhs.type.rawValue, rhs.target)
    }
}
