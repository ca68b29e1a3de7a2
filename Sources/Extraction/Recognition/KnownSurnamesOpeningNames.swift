import EntityGraph

/// Known people who serve another state than a title names, and a known person's lone surname
/// that opens another person's name after such a title.
extension RoleRecognizer {
    /// The number of words of a new person's name that opens with a word the lexicon gives a
    /// known person alone, after a title of another state ("رئيس غينيا الاستوائية تيودورو أوبيانغ
    /// نغيما", "Equatorial Guinea President Teodoro Obiang": not the Philippines' Gilberto
    /// Teodoro): the word and the name words after it, four at most; nil when no name word
    /// follows ("Philippine Defence Secretary Teodoro said") or the person serves that state.
    func newNameOverKnownSurname(_ span: Span, person: String, affiliation: String?,
                                 _ work: SentenceWork, context: DocumentContext) -> Int? {
        guard span.range.count == 1, span.clitic.isEmpty, servesOtherState(person, than: affiliation, context: context) else { return nil }
        let rest = span.range.upperBound
        if let length = nameLength(work, from: rest) { return 1 + min(length, 3) }
        let nextIsLatinName = rest < work.tokens.count && isLatinWord(rest, capital: true, work) && work.spanIndex(startingAt: rest) == nil
            && !lexicon.isFunctionWord(work.tokens[rest].word, list: .stopwords)
        return nextIsLatinName || isUnnamedArabicWord(rest, work) ? 2 : nil
    }

    /// Whether a known person serves a state other than the state a title names ("وزير الدفاع
    /// السعودي يسلّم خامنئي": the word before Iran's leader is no given name of a Saudi minister).
    func servesOtherState(_ person: String, than affiliation: String?, context: DocumentContext) -> Bool {
        guard let affiliation, context.kind(affiliation) == .state, let state = context.state(of: person) else { return false }
        return state != affiliation
    }
}
