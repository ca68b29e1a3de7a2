import EntityGraph

/// A verb's subject written as a thing belonging to a group ("استهدفت طائرات مسيرة تابعة لقوات
/// الدعم السريع ... مطار بورتسودان"), or what an event noun after a preposition names ("طالب
/// البيان بنشر قوات تابعة للأمم المتحدة"): the group named after the word of list
/// `affiliation_words` acts. A facility belonging to the group (list `site_nouns`: "ضربت
/// مسيرات منشأة تابعة لشركة ...") is what is struck, and its owner no doer.
extension FramePatterns {
    /// The actor named right after a word of list `affiliation_words` within five tokens after an
    /// Arabic verb or event noun, with only words naming no one between, none a facility.
    func affiliatedDoer(after end: Int, _ work: SentenceWork) -> Actor? {
        guard let word = work.spans.first(where: { span in
            span.range.lowerBound > end && span.range.lowerBound <= end + 4 && span.value == .function("affiliation_words")
        }), (end..<word.range.lowerBound).allSatisfy({ work.tokens[$0].isWord && work.firstActor(in: $0..<($0 + 1)) == nil
                  && !work.token($0, isInWordList: "site_nouns", lexicon: lexicon) }) else { return nil }
        return work.actors.first { $0.range.lowerBound == word.range.upperBound }
    }
}
