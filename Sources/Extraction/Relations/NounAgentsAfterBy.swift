import EntityGraph

/// The doer an English event noun names after "by" with no participle between ("an attack by
/// Russia on Ukraine", "strikes by Israel on Lebanon", "a visit by Modi to Moscow").
extension FramePatterns {
    /// The actor right after "by" (and an article) that follows the English event noun
    /// `trigger`; nil when none stands there or it is introduced by another preposition.
    func nounAgentAfterBy(_ trigger: Span, _ work: SentenceWork) -> Actor? {
        let end = trigger.range.upperBound
        guard work.token(end, is: lexicon.keywords.by) else { return nil }
        let start = work.token(end + 1, isOneOf: lexicon.keywords.articles) ? end + 2 : end + 1
        return work.actors.first { $0.range.lowerBound == start && $0.clitic.isEmpty }
    }
}
