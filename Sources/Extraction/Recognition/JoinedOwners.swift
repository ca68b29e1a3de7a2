import EntityGraph

/// A possessive phrase joined by "and" to a person names that person's own ("Cuba stood with
/// Venezuelan President Nicolás Maduro and his government": Venezuela's government, not the
/// speaker's).
extension Coreference {
    /// The person named right before an own-state phrase of `span`, joined to it by English "and"
    /// or the Arabic clitic و ("مادورو وحكومته"), if any.
    func personJoined(before span: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        let start = span.range.lowerBound
        let arabic = work.sentence.document.isArabic(work.tokens[start])
        let end = arabic ? (span.clitic.hasPrefix("و") ? start : nil) : (work.token(start - 1, is: lexicon.keywords.and) ? start - 1 : nil)
        guard let end, let person = work.actor(endingBefore: end, gap: 0), context.kind(person.ids[0]) == .person else { return nil }
        return person.ids[0]
    }
}
