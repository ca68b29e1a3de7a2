/// What a phrase in the text can be.
public enum LexiconValue: Sendable, Equatable {
    /// The name of an entity.
    case entity(String)
    /// A nisba (adjective) of a state.
    case nisba(String)
    /// A title giving a role.
    case title(String)
    /// A verb trigger of a relation frame (index into `frames`).
    case trigger(Int)
    /// A noun trigger of a relation frame (index into `frames`), whose agent follows it.
    case nominalTrigger(Int)
    /// A function word of a named list (`speech_verbs`, `negations`, ...).
    case function(String)
    /// A month name with its number.
    case month(Int)
    /// A kind of state institution (id in `institutions`).
    case institution(String)

    /// Whether the phrase is a nisba.
    public var isNisba: Bool {
        if case .nisba = self { return true }
        return false
    }

    /// Whether the phrase is a verb trigger of a relation frame.
    public var isTrigger: Bool {
        if case .trigger = self { return true }
        return false
    }

    /// The frame of a verb or noun trigger, nil for any other phrase.
    public var frameIndex: Int? {
        switch self {
        case .trigger(let index), .nominalTrigger(let index): return index
        default: return nil
        }
    }

    /// Whether the phrase names or qualifies an actor (an entity, a nisba or a title).
    public var isName: Bool {
        switch self {
        case .entity, .nisba, .title: return true
        default: return false
        }
    }

    /// Whether the phrase refers back to two states (lists `state_pair` and `neighbour_pair`:
    /// "the two countries", "the two neighbours").
    public var isStatePair: Bool { self == .function("state_pair") || self == .function("neighbour_pair") }

    /// Whether the phrase is a title.
    public var isTitle: Bool {
        if case .title = self { return true }
        return false
    }

    /// Whether the phrase is read whatever the document's language: names (entities, nisbas)
    /// and the page's furniture (boilerplate, credit lines, bylines), not the grammar's words.
    public var readsInAnyScript: Bool {
        switch self {
        case .entity, .nisba: return true
        case .function(let list): return ["boilerplate", "credit_labels", "byline_markers"].contains(list)
        default: return false
        }
    }
}
