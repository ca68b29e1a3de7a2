import EntityGraph

/// Who speaks in a sentence, and the list named after a word like بين / "between".
extension SentenceWork {
    /// The subject of the last verb of speech (list `speech_verbs`) before token `index` that
    /// names one: the actor right before it, else the one right after it ("وقال وزير الخارجية
    /// الكويتي عبد الله اليحيا، في مؤتمر صحافي مع نظيره السعودي ...، إن بلاده": the Kuwaiti
    /// minister); a participle naming none goes on with the verb before it ("وقال وزير الخارجية
    /// المالديفي عبد الله خليل إن ...، مؤكدا أن بلاده": the Maldivian minister).
    func speechSubject(before index: Int) -> Actor? {
        for verb in spans.reversed() where verb.range.upperBound <= index && verb.value == .function("speech_verbs") {
            if let subject = actor(endingBefore: verb.range.lowerBound, gap: 0) ?? actors.first(where: { $0.range.lowerBound == verb.range.upperBound }) {
                return subject
            }
        }
        return nil
    }

    /// The actors listed right after token `index` (an article between at most: "بين البلدين",
    /// "between the two countries", "between Jordan and Syria"), and where the list ends.
    func listAfter(_ index: Int) -> (ids: [String], end: Int)? {
        firstActor(in: index..<(index + 2)).map { coordinated(from: $0, keywords: lexicon.keywords) }
    }
}
