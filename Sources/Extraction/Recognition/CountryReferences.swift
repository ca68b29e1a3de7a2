import EntityGraph

/// "the country" inside an English sentence, after "to", "for" or "with" ("the World Bank
/// suspended new lending to the country") or before a possessive ("the country's only oil
/// refiner"): the state named last; after a verb of speech or "that", the speaker's state. As a
/// plain object or after "of" it is left alone ("steering the country towards Moscow", "in the
/// west of the country").
extension Coreference {
    /// Whether the phrase of list `country_anaphora` at `span` is such a reference.
    func isEnglishCountryReference(_ span: Span, _ work: SentenceWork) -> Bool {
        let start = span.range.lowerBound
        guard start > 0, !work.sentence.document.isArabic(work.tokens[start]) else { return false }
        let keywords = lexicon.keywords
        return work.token(start - 1, is: keywords.toEnglish) || work.token(start - 1, is: keywords.forEnglish)
            || work.token(start - 1, is: keywords.withEnglish) || work.possessiveLength(at: span.range.upperBound) != nil
    }

    /// Whether the phrase of list `country_anaphora` at `span` opens an English clause reported
    /// by a verb of speech, right after it or after "that" ("Shelile said ..., and that the
    /// country was also seeking"): the speaker's state.
    func opensReportedClause(_ span: Span, _ work: SentenceWork) -> Bool {
        let start = span.range.lowerBound
        guard start > 0, !work.sentence.document.isArabic(work.tokens[start]) else { return false }
        return work.token(start - 1, isIn: .complementizers, lexicon: lexicon) || work.span(endingAt: start)?.value == .function(FunctionList.speechVerbs.rawValue)
    }
}
