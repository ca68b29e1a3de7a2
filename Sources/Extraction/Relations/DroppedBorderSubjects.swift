import EntityGraph

/// An Arabic border verb joined by و after a comma whose first actor is followed by a direction
/// ("وتعد بلغاريا، العضو في الاتحاد الأوروبي، من أفقر دول الاتحاد، وتحد رومانيا من الشمال وتركيا
/// من الجنوب"): that actor is a neighbour, and the verb goes on with the state that opens the
/// sentence, its subject left unsaid.
extension StructuralPatterns {
    /// The state opening the sentence (within its first three tokens) when `first`, the first
    /// actor after the border verb `span`, is followed by a direction phrase and the verb carries
    /// و right after a comma; nil otherwise.
    func droppedBorderSubject(of span: Span, first: Actor?, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        guard let first, span.clitic == "و", work.isComma(span.range.lowerBound - 1),
              directionPhrase(at: first.range.upperBound, work) != nil,
              let opening = work.actors.first, opening.range.lowerBound < 3, opening.range.upperBound < span.range.lowerBound,
              opening.ids.count == 1, context.kind(context.actingEntity(opening.ids[0])) == .state,
              !first.ids.contains(opening.ids[0]) else { return nil }
        return opening
    }
}
