import EntityGraph

/// An Arabic border verb written with its object pronoun ("تحدها هندوراس من الشمال"): the states
/// after it border the one the pronoun stands for, the head of the relative clause it opens
/// ("نيكاراغوا، التي تحدها هندوراس") or else the sentence's first state.
extension StructuralPatterns {
    /// The state a border verb's object pronoun stands for, when the verb at `span` carries one.
    func pronounBorderOwner(_ span: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard span.range.count == 1, work.sentence.document.isArabic(work.tokens[span.range.lowerBound]) else { return nil }
        let folded = NameFolding.fold(work.sentence.text(of: span.range.lowerBound)).dropFirst(span.clitic.count)
        guard folded.count >= 4, folded.hasPrefix("ت") || folded.hasPrefix("ي"), folded.hasSuffix("ها") else { return nil }
        let start = span.range.lowerBound
        let referent = work.token(start - 1, isIn: .relativePronouns, lexicon: lexicon)
            ? work.actor(endingBefore: start - 1, gap: 1)
            : work.actors.first { $0.range.upperBound <= start && !work.isPrepositional($0) }
        return referent.flatMap { context.kind($0.ids[0]) == .state ? $0.ids[0] : nil }
    }
}
