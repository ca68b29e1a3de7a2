/// What an entity is: the five kinds of the schema, plus `unknown` for graphs read from formats
/// that carry no kind (a TSV edge list).
public enum EntityKind: String, Codable, CaseIterable, Sendable, Comparable {
    /// A named human being.
    case person
    /// A sovereign state (or a historical one).
    case state
    /// A bloc, union of states or international organisation of states.
    case alliance
    /// A government body, agency, medium, company or armed group.
    case organization
    /// A city, region or geographic feature.
    case place
    /// No kind was given by the source of the graph.
    case unknown

    /// Orders kinds by their declaration order.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
