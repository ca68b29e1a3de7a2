import EntityGraph

/// Who speaks in a sentence, and the list named after a word like بين / "between".
extension SentenceWork {
    /// The subject of the last verb of speech (list `speech_verbs`) before token `index`: the
    /// actor right before it, else the one right after it ("وقال وزير الخارجية الكويتي عبد الله
    /// اليحيا، في مؤتمر صحافي مع نظيره السعودي ...، إن بلاده": the Kuwaiti minister).
    func speechSubject(before index: Int) -> Actor? {
        guard let verb = spans.last(where: { $0.range.upperBound <= index && $0.value == .function("speech_verbs") }) else { return nil }
        return actor(endingBefore: verb.range.lowerBound, gap: 0) ?? actors.first { $0.range.lowerBound == verb.range.upperBound }
    }

    /// The actors listed right after token `index` (an article between at most: "بين البلدين",
    /// "between the two countries", "between Jordan and Syria"), and where the list ends.
    func listAfter(_ index: Int) -> (ids: [String], end: Int)? {
        firstActor(in: index..<(index + 2)).map { coordinated(from: $0, keywords: lexicon.keywords) }
    }
}
