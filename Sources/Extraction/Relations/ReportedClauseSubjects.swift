import EntityGraph

/// The speaker of an English reported clause is not its subject when the clause names its own
/// subject with a noun phrase ("Egypt said the Lebanese branch fired rockets into Israel": not
/// Egypt's attack).
extension FramePatterns {
    /// Whether an English subject candidate is `separated` from the trigger or is the speaker of
    /// a reported clause with a subject of its own.
    func cutOff(_ actor: Actor, from trigger: Span, _ work: SentenceWork, byEvents: Bool) -> Bool {
        separated(actor, from: trigger, work, byEvents: byEvents) || speaksOfOtherSubject(actor, before: trigger, work)
    }

    /// Whether a verb of speech between `actor` and an English `trigger` opens a reported clause
    /// whose own subject is another party the lexicon does not name: an article, then a noun of
    /// word list `reported_party_nouns`, no span but a nisba before the trigger ("said the
    /// Lebanese branch fired", "said that the militants had attacked"); not "said the missile
    /// targeted", the speaker's own deed.
    func speaksOfOtherSubject(_ actor: Actor, before trigger: Span, _ work: SentenceWork) -> Bool {
        let between = actor.range.upperBound..<trigger.range.lowerBound
        guard let verb = work.spans.last(where: { between.contains($0.range.lowerBound) && $0.range.upperBound <= trigger.range.lowerBound
                  && $0.value == .function("speech_verbs") }) else { return false }
        var next = verb.range.upperBound
        if work.token(next, isIn: .complementizers, lexicon: lexicon) { next += 1 }
        guard next < trigger.range.lowerBound, work.token(next, isOneOf: lexicon.keywords.articles) else { return false }
        let clause = next..<trigger.range.lowerBound
        // "said the drills were defensive and accused NATO": after "and" or a comma the speaker goes on.
        return clause.contains { work.token($0, isInWordList: "reported_party_nouns", lexicon: lexicon) }
            && !work.spans.contains { clause.contains($0.range.lowerBound) && !$0.value.isNisba }
            && !clause.contains { work.tokens[$0].mark == "," || work.token($0, is: lexicon.keywords.and)
                || work.token($0, isIn: .continuers, lexicon: lexicon) }
    }
}
