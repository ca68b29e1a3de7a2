import EntityGraph

/// A membership said without its bloc ("Finland joined NATO in 2023. Latvia has been a member
/// since 2004."): the bloc is the alliance the document named last.
extension FramePatterns {
    /// The alliance the document named last, as an object for `trigger`, when no preposition
    /// ("of", "in") follows the trigger to name another body.
    func blocNamedBefore(_ trigger: Span, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        let end = trigger.range.upperBound
        guard !work.token(end, is: lexicon.keywords.of), !work.token(end, isOneOf: lexicon.keywords.locative),
              let bloc = context.searchBackwards(also: [], { context.kind($0) == .alliance }) else { return nil }
        return Actor(ids: [bloc], range: trigger.range, clitic: "", source: .anaphora)
    }
}
