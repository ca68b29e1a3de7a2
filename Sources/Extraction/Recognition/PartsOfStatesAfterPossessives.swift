import EntityGraph

/// A title's office named as a part of a state after the state's possessive ("the president of
/// Bosnia's Serb-run entity, Republika Srpska", "the head of Iraq's Kurdistan Region"): the
/// office is the part, not the state.
extension RoleRecognizer {
    /// The span of the place or organisation the lexicon puts in `state`, named from token
    /// `start` on after up to five tokens of lower-case words, nisbas, hyphens and commas; nil when
    /// none is.
    func partOfState(_ state: String, from start: Int, _ work: SentenceWork, context: DocumentContext) -> Int? {
        var cursor = start
        while cursor < min(start + 6, work.tokens.count) {
            let span = work.spanIndex(startingAt: cursor)
            if let span, case .entity(let id) = work.spans[span].value {
                let kind = context.kind(id)
                let inState = kind == .place ? context.stateOfPlace(id) == state : lexicon.entities[id]?.partOf == state
                return [.place, .organization].contains(kind) && inState ? span : nil
            }
            let word = work.tokens[cursor].isWord && !isLatinWord(cursor, capital: true, work)
            guard word || work.tokens[cursor].mark == "," || work.tokens[cursor].mark == "-"
                    || span.map({ work.spans[$0].value.isNisba }) == true else { return nil }
            cursor += 1
        }
        return nil
    }
}
