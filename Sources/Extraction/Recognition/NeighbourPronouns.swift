import EntityGraph

/// "جارتها" / "جارته" (its neighbour, list `neighbour_pronouns`) with no name or adjective after
/// it names the other state of its sentence ("النيجر تبقي حدودها مع بنين مغلقة وتتهم جارتها":
/// Benin; "وأعلنت جنوب أفريقيا، أكبر شريك تجاري لليسوتو، استعدادها لمساعدة جارتها": Lesotho):
/// the sentence's first state owns the pronoun, and its neighbour is the last other state named
/// before it, else the one the document named last.
extension Coreference {
    /// The state the neighbour pronoun `span` names, or nil when a name or an adjective follows
    /// it ("جارتها بنين" is read as a border, "جارتها الجنوبية" names no one here).
    func neighbourNamed(by span: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        let next = span.range.upperBound
        if next < work.tokens.count, work.tokens[next].isWord, work.sentence.document.startsWithArticle(work.tokens[next])
            || work.spanIndex(startingAt: next).map({ work.spans[$0].value.isName }) == true { return nil }
        let states = work.actors.filter { $0.range.upperBound <= span.range.lowerBound && $0.ids.count == 1 }.compactMap { context.state(of: $0.ids[0]) }
        guard let owner = states.first else { return nil }
        return states.last { $0 != owner } ?? context.lastStates(1, skipping: [owner]).first
    }
}
