/// What is known about one relation type.
public struct RelationTypeInfo: Hashable, Sendable {
    /// Whether `a type b` implies `b type a`; symmetric relations are stored once.
    public var isSymmetric: Bool
    /// The CAMEO root code of the event family, or nil for structural relations.
    public var cameoRoot: String?
    /// A one-line description.
    public var summary: String

    /// Describes a relation type.
    public init(isSymmetric: Bool, cameoRoot: String? = nil, summary: String) {
        self.isSymmetric = isSymmetric
        self.cameoRoot = cameoRoot
        self.summary = summary
    }
}

/// The set of relation types a graph knows, each with its symmetry and CAMEO root. Starts from
/// the core vocabulary of the schema and can be extended with more types.
public struct RelationVocabulary: Sendable {
    /// Known types and their descriptions.
    public private(set) var types: [RelationType: RelationTypeInfo]

    /// Creates a vocabulary from explicit definitions.
    public init(types: [RelationType: RelationTypeInfo]) { self.types = types }

    /// The core vocabulary of the schema: structural relations and the CAMEO event families.
    public static let core = RelationVocabulary(types: [
        .memberOf: .init(isSymmetric: false, summary: "state or organisation belongs to an alliance"),
        .partOf: .init(isSymmetric: false, summary: "part of a larger alliance, organisation or place"),
        .borders: .init(isSymmetric: true, summary: "shares a border"),
        .alliedWith: .init(isSymmetric: true, summary: "allies"),
        .holdsRole: .init(isSymmetric: false, summary: "person holds a role in a state or organisation"),
        .capitalOf: .init(isSymmetric: false, summary: "city is the capital of a state"),
        .locatedIn: .init(isSymmetric: false, summary: "lies in a place or state"),
        .metWith: .init(isSymmetric: true, cameoRoot: "04", summary: "consult, meet"),
        .requests: .init(isSymmetric: false, cameoRoot: "02", summary: "appeal, ask for"),
        .cooperatesWith: .init(isSymmetric: true, cameoRoot: "03", summary: "cooperate, agree, integrate"),
        .supports: .init(isSymmetric: false, cameoRoot: "07", summary: "give aid, backing, guarantees"),
        .deploysTo: .init(isSymmetric: false, cameoRoot: "15", summary: "deploy troops or weapons in"),
        .criticizes: .init(isSymmetric: false, cameoRoot: "11", summary: "disapprove, denounce, accuse"),
        .threatens: .init(isSymmetric: false, cameoRoot: "13", summary: "threaten"),
        .attacks: .init(isSymmetric: false, cameoRoot: "18", summary: "invade, strike, wage war"),
        .sanctions: .init(isSymmetric: false, cameoRoot: "16", summary: "reduce relations, sanction"),
    ])

    /// Adds or replaces the definition of a type.
    public mutating func define(_ type: RelationType, _ info: RelationTypeInfo) { types[type] = info }

    /// Whether the type is symmetric; unknown types are directed.
    public func isSymmetric(_ type: RelationType) -> Bool { types[type]?.isSymmetric ?? false }

    /// The CAMEO root of the type, if it is an event type.
    public func cameoRoot(_ type: RelationType) -> String? { types[type]?.cameoRoot }

    /// Whether the type is defined in this vocabulary.
    public func contains(_ type: RelationType) -> Bool { types[type] != nil }
}
