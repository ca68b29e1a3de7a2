import EntityGraph

/// Who speaks in a sentence: "بلاده" / "his country" in what a person says is the speaker's, not
/// that of someone named between ("وقال وزير الخارجية الكويتي عبد الله اليحيا، في مؤتمر صحافي مع
/// نظيره السعودي ...، إن بلاده تدعو": Kuwait).
extension Coreference {
    /// The person who is the subject of the last verb of speech before token `index`: right after
    /// it (one word between at most) or right before it.
    func speechSubject(before index: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard let verb = work.spans.last(where: { $0.range.upperBound <= index && $0.value == .function("speech_verbs") }) else { return nil }
        let after = work.actors.first { $0.range.lowerBound >= verb.range.upperBound && $0.range.lowerBound <= verb.range.upperBound + 1 }
        let before = work.actors.last { $0.range.upperBound == verb.range.lowerBound }
        return [after, before].compactMap { $0 }.first { $0.range.upperBound <= index && context.kind($0.ids[0]) == .person }?.ids[0]
    }
}
