import EntityGraph

/// An English infinitive after the object of a verb of leaving ("Mali, Burkina Faso and Niger
/// left ECOWAS in January to form the Alliance of Sahel States"): said of those who left, not of
/// the bloc they left. A time phrase may stand between the object and "to", and the object may
/// be a name with its acronym in brackets after it.
extension FramePatterns {
    /// The actor right before the verb of list `departure_verbs` whose object ends at most four
    /// tokens before the "to" that opens `trigger`, with no clause break between; nil otherwise.
    func departureSubject(of trigger: Span, _ work: SentenceWork) -> Actor? {
        let to = trigger.range.lowerBound - 1
        guard work.token(to, is: lexicon.keywords.toEnglish), var left = work.actor(endingBefore: to, gap: 4),
              !work.hasClauseBreak(left.range.upperBound..<to) else { return nil }
        if left.range.lowerBound >= 1, work.tokens[left.range.lowerBound - 1].mark == "(",
           let named = work.actor(endingBefore: left.range.lowerBound - 1, gap: 0) { left = named } // "the Economic Community ... (ECOWAS)"
        let verb = work.token(left.range.lowerBound - 1, is: lexicon.keywords.the) ? left.range.lowerBound - 2 : left.range.lowerBound - 1
        guard work.token(verb, isInWordList: "departure_verbs", lexicon: lexicon) else { return nil }
        return work.actor(endingBefore: verb, gap: work.tokens[max(0, verb - 1)].mark == "," ? 1 : 0)
    }
}
