import EntityGraph

/// Capitals that name an agreement or a process rather than act in it ("اتفاق القاهرة مع
/// الوكالة", "مسار أستانا", "the Minsk agreements", "the Cairo deal"): the place is mentioned,
/// but it is no actor standing for its state — unless the document has already named that state
/// ("اتفاق طهران مع الوكالة" in an article on Iran is Tehran's) or another actor is joined to it
/// ("اتفاق موسكو وكييف": the parties).
enum AccordNames {
    /// Whether the name span `span` of entity `id` names an accord: a capital of a state not
    /// named before, in construct after an accord noun (Arabic, the noun with or without a
    /// proclitic) or before one (English), with no actor joined to it by "و" / "and".
    static func namesAccord(_ span: Span, _ id: String, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard let state = context.lexicon.entities[id]?.capitalOf, span.clitic.isEmpty else { return false }
        let start = span.range.lowerBound, end = span.range.upperBound
        let arabic = work.sentence.document.isArabic(work.tokens[start])
        guard work.token(arabic ? start - 1 : end, isInWordList: "accord_nouns", lexicon: context.lexicon) else { return false }
        if arabic, let next = work.spanIndex(startingAt: end), work.spans[next].clitic == "و" { return false }
        if !arabic, work.token(start - 1, is: context.lexicon.keywords.and) { return false }
        return !context.history.contains(state) && !work.actors.contains { $0.ids.contains(state) }
    }
}
