import EntityGraph

/// An Arabic subject introduced by ل after a verb of list `antecedent_verbs` and before أن
/// ("وسبق لعراقجي أن زار الرياض": Araghchi visited).
extension FramePatterns {
    /// The actor with the proclitic ل between such a verb and the أن right before the trigger.
    func antecedentSubject(of trigger: Span, _ work: SentenceWork) -> Actor? {
        let complementizer = trigger.range.lowerBound - 1
        guard work.token(complementizer, isIn: .complementizers, lexicon: lexicon),
              let actor = work.actor(endingBefore: complementizer, gap: 0), ArabicClitics.endsWithPreposition(actor.clitic, "ل"),
              work.token(actor.range.lowerBound - 1, isOneOf: lexicon.antecedentVerbs) else { return nil }
        return actor
    }
}
