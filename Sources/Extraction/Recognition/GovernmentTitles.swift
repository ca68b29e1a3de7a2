import EntityGraph

/// A title after a bare word of list `bare_home_bodies` ("government spokesperson Nataša Kovač",
/// "Government spokesman Ivan Horvat"): the office is the government of the story's state, so the
/// title is read as a national one (the state named before in the sentence, else the story's
/// home, dateline or first state).
extension RoleRecognizer {
    /// Whether the title at `span` follows a word of list `bare_home_bodies` that no name, nisba,
    /// "the" or possessive pronoun ("Its government spokesman": the state the pronoun names)
    /// comes before.
    func followsBareGovernment(_ span: Span, _ work: SentenceWork) -> Bool {
        let body = span.range.lowerBound - 1
        guard body >= 0, !work.sentence.document.isArabic(work.tokens[body]),
              work.token(body, isInWordList: "bare_home_bodies", lexicon: lexicon) else { return false }
        return body == 0 || !(work.token(body - 1, is: lexicon.keywords.the) || work.token(body - 1, isIn: .possessives, lexicon: lexicon)
            || work.span(endingAt: body) != nil)
    }
}
