import EntityGraph

/// A phrase of a sentence recognised in the lexicon (or among the document's own names).
public struct Span: Sendable {
    /// Token indices within the sentence.
    public var range: Range<Int>
    /// What the phrase is.
    public var value: LexiconValue
    /// The Arabic proclitic stripped from the first token (`و`, `ب`, `لل` ...), or empty.
    public var clitic: String

    /// Whether the phrase is an event word: a verb or noun trigger of a frame.
    public var isEventWord: Bool {
        switch value {
        case .trigger, .nominalTrigger: return true
        default: return false
        }
    }

    /// Whether the phrase names a state, by a nisba or by the name of a state of `lexicon`.
    func namesState(in lexicon: Lexicon) -> Bool {
        state(in: lexicon) != nil
    }

    /// The state the phrase names by a nisba or by the name of a state of `lexicon`, if any.
    func state(in lexicon: Lexicon) -> String? {
        switch value {
        case .nisba(let state): return state
        case .entity(let id) where lexicon.entities[id]?.kind == .state: return id
        default: return nil
        }
    }
}

/// Where an actor was found in a sentence and what it refers to.
public struct Actor: Sendable {
    /// The entities referred to (two for "the two countries").
    public var ids: [String]
    /// Token indices of the mention within the sentence.
    public var range: Range<Int>
    /// The proclitic of the first token.
    public var clitic: String
    /// How the mention was found: a name, a pronoun or anaphora, a title, a nisba.
    public var source: Source

    /// How a mention was found.
    public enum Source: Sendable, Equatable {
        /// A name in the lexicon or in the document.
        case name
        /// A pronoun or anaphora resolved in the document.
        case anaphora
        /// A title without a name, resolved to the holder or the office.
        case title
    }
}
