import EntityGraph

/// A bloc named for the members something happens among ("تعزيز التعاون بين دول الاتحاد
/// الأوروبي", "cooperation between EU member states"): the members, not the bloc, are the
/// parties, so the bloc is no partner of the state that calls for it.
extension SentenceWork {
    /// Whether an alliance follows "بين" and a member noun ("بين دول", "بين الدول الأعضاء في"), or
    /// "between" (an article after it allowed) and comes before a member noun ("between EU member
    /// states").
    func isAmongMembers(_ actor: Actor, context: DocumentContext) -> Bool {
        guard context.kind(actor.ids[0]) == .alliance else { return false }
        let members = LexiconValue.function("member_nouns")
        if let noun = span(endingAt: actor.range.lowerBound), noun.value == members {
            return token(noun.range.lowerBound - 1, isOneOf: lexicon.keywords.between)
        }
        guard let noun = spanIndex(startingAt: actor.range.upperBound), spans[noun].value == members else { return false }
        let start = actor.range.lowerBound
        return token(start - 1, isOneOf: lexicon.keywords.between)
            || (token(start - 1, isOneOf: lexicon.keywords.articles) && token(start - 2, isOneOf: lexicon.keywords.between))
    }
}
