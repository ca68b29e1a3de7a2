import EntityGraph

/// The subject of an English infinitive after a bloc ranked among its members ("Slovenia becomes
/// the first EU country to ban arms trade with Israel"): the bloc only describes the noun after
/// it; the state that noun is acts.
extension FramePatterns {
    /// The first state the sentence names before the rank that no preposition introduces, when
    /// `actor` is a bloc between a word of list `ordinal_words` or `ranking_words` and a word of
    /// `member_count_nouns`; nil otherwise.
    func rankedState(for actor: Actor, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        let rank = actor.range.lowerBound - 1
        guard actor.ids.count == 1, context.kind(actor.ids[0]) == .alliance, rank >= 0,
              work.isRank(rank, lexicon: lexicon),
              work.token(actor.range.upperBound, isInWordList: "member_count_nouns", lexicon: lexicon) else { return nil }
        return work.actors.first { $0.range.upperBound <= rank && !work.isPrepositional($0) && context.kind($0.ids[0]) == .state }
    }
}
