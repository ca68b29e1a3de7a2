/// The name of a relation type, such as `member_of` or `met_with`. Open: any string is a valid
/// type; `RelationVocabulary` says what is known about it.
public struct RelationType: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The type's name as written in JSON and TSV.
    public let rawValue: String

    /// Wraps a type name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps a type name.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The type's name.
    public var description: String { rawValue }

    /// Orders types by name.
    public static func < (lhs: RelationType, rhs: RelationType) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes from a bare string.
    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes as a bare string.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// State or organisation belongs to an alliance.
    public static let memberOf = RelationType("member_of")
    /// Alliance, organisation or place is a part of a larger one.
    public static let partOf = RelationType("part_of")
    /// Two territories share a border (symmetric).
    public static let borders = RelationType("borders")
    /// Two actors are allies (symmetric).
    public static let alliedWith = RelationType("allied_with")
    /// A person holds a role in a state or organisation.
    public static let holdsRole = RelationType("holds_role")
    /// A city is the capital of a state.
    public static let capitalOf = RelationType("capital_of")
    /// An organisation or place lies in a place or state.
    public static let locatedIn = RelationType("located_in")
    /// Two actors met (symmetric).
    public static let metWith = RelationType("met_with")
    /// An actor asks another for something.
    public static let requests = RelationType("requests")
    /// Two actors cooperate (symmetric).
    public static let cooperatesWith = RelationType("cooperates_with")
    /// An actor gives aid, backing or guarantees to another.
    public static let supports = RelationType("supports")
    /// An actor deploys troops or weapons in a place or state.
    public static let deploysTo = RelationType("deploys_to")
    /// An actor disapproves of, denounces or accuses another.
    public static let criticizes = RelationType("criticizes")
    /// An actor threatens another.
    public static let threatens = RelationType("threatens")
    /// An actor invades, strikes or wages war on another.
    public static let attacks = RelationType("attacks")
    /// An actor reduces relations with or sanctions another.
    public static let sanctions = RelationType("sanctions")
}
