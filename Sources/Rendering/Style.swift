import EntityGraph

/// The look of a node of one kind.
public struct NodeStyle: Hashable, Sendable {
    /// Graphviz shape name.
    public var shape: String
    /// Fill colour (`#rrggbb`).
    public var fill: String
    /// Border colour (`#rrggbb`).
    public var border: String
}

/// The look of an edge of one relation type.
public struct EdgeStyle: Hashable, Sendable {
    /// Graphviz line style (`solid`, `dashed`, `dotted`, `bold`).
    public var line: String
    /// Line and label colour (`#rrggbb`).
    public var color: String
}

/// Colours and shapes by entity kind, and by relation tone (`Tone`): structural grey,
/// cooperative green, hostile red, roles blue, deployments purple.
public struct Style: Sendable {
    /// Font used for every label; must have Arabic glyphs (Noto Sans with Noto Sans Arabic).
    public var fontName = "Noto Sans"

    /// The default style.
    public init() {}

    /// The style of a node of `kind`.
    public func node(_ kind: EntityKind) -> NodeStyle {
        switch kind {
        case .person: return NodeStyle(shape: "ellipse", fill: "#fde2c8", border: "#c0692b")
        case .state: return NodeStyle(shape: "box", fill: "#d6e6f7", border: "#2f5f98")
        case .alliance: return NodeStyle(shape: "hexagon", fill: "#e3d7f2", border: "#6a3d9a")
        case .organization: return NodeStyle(shape: "component", fill: "#dff0d8", border: "#3c763d")
        case .place: return NodeStyle(shape: "house", fill: "#f4f1c6", border: "#8a7d19")
        case .unknown: return NodeStyle(shape: "ellipse", fill: "#eeeeee", border: "#777777")
        }
    }

    /// The tone of a relation type: what colour family its edges take.
    public func tone(_ type: RelationType) -> Tone {
        switch type {
        case .memberOf, .partOf, .capitalOf, .locatedIn, .borders: return .structural
        case .alliedWith, .cooperatesWith, .supports, .metWith, .requests: return .cooperative
        case .criticizes, .threatens, .attacks, .sanctions: return .hostile
        case .holdsRole: return .role
        case .deploysTo: return .military
        default: return .other
        }
    }

    /// The style of an edge of `type`: colour by tone, line by strength within the tone.
    public func edge(_ type: RelationType) -> EdgeStyle {
        switch type {
        case .borders: return EdgeStyle(line: "dotted", color: "#7f7f7f")
        case .memberOf, .partOf, .capitalOf, .locatedIn: return EdgeStyle(line: "dashed", color: "#7f7f7f")
        case .alliedWith, .supports: return EdgeStyle(line: "bold", color: "#2ca02c")
        case .cooperatesWith, .metWith, .requests: return EdgeStyle(line: "solid", color: "#2ca02c")
        case .criticizes, .threatens: return EdgeStyle(line: "dashed", color: "#d62728")
        case .attacks, .sanctions: return EdgeStyle(line: "bold", color: "#b30000")
        case .holdsRole: return EdgeStyle(line: "solid", color: "#1f77b4")
        case .deploysTo: return EdgeStyle(line: "bold", color: "#9467bd")
        default: return EdgeStyle(line: "solid", color: "#444444")
        }
    }
}

/// Colour families of relations: structural grey, cooperative green, hostile red, roles blue,
/// military purple.
public enum Tone: String, CaseIterable, Sendable {
    /// Membership, parts, capitals, locations, borders.
    case structural
    /// Alliances, cooperation, support, meetings, requests.
    case cooperative
    /// Criticism, threats, attacks, sanctions.
    case hostile
    /// People's roles.
    case role
    /// Deployments.
    case military
    /// Types outside the core vocabulary.
    case other
}
