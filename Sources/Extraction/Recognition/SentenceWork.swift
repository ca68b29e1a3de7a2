import EntityGraph

/// One sentence while it is being read: its spans, the actors found so far, its date and the
/// last enumeration of states (what "all of them" refers to).
struct SentenceWork {
    let sentence: Sentence
    var spans: [Span]
    /// Span indices used up by titles (their nisba or organisation, their name).
    var consumed: Set<Int> = []
    /// Actors in token order.
    var actors: [Actor] = []
    /// The date written in the sentence, if any.
    var date: String?
    /// The states most recently enumerated in the sentence.
    var enumeration: [String] = []

    var tokens: [Token] { sentence.tokens }

    /// The index of the span starting at token `index`.
    func spanIndex(startingAt index: Int) -> Int? {
        spans.firstIndex { $0.range.lowerBound == index }
    }

    /// Whether token `index` reads (after proclitics) as one of the words of a function list.
    func token(_ index: Int, isIn list: String, lexicon: Lexicon) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        return ArabicClitics.readings(tokens[index].folded).contains { lexicon.isFunctionWord($0.rest, list: list) }
    }

    /// Whether token `index` is the word `word` (folded), possibly after و or ف.
    func token(_ index: Int, is word: String) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let folded = tokens[index].folded
        return folded == word || folded == "و" + word || folded == "ف" + word
    }

    /// Whether token `index` is a comma, semicolon or colon.
    func isClauseBreak(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        return ["،", ",", "؛", ";", ":"].contains(tokens[index].text)
    }

    /// Adds an actor, keeping token order.
    mutating func add(_ actor: Actor) {
        actors.append(actor)
        actors.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The first actor starting in `range` of token indices.
    func firstActor(in range: Range<Int>) -> Actor? {
        actors.first { range.contains($0.range.lowerBound) }
    }

    /// The last actor ending at or before `index` and no more than `gap` tokens before it.
    func actor(endingBefore index: Int, gap: Int) -> Actor? {
        actors.last { $0.range.upperBound <= index && index - $0.range.upperBound <= gap }
    }

    /// The text of the tokens of an evidence range.
    func text(_ range: Range<Int>) -> String {
        tokens[range].map(\.text).joined(separator: " ")
    }
}
