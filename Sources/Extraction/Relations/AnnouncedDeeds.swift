import EntityGraph

/// A deed an Arabic verb of speech announces after its subject and a short aside ("أعلن وزير
/// الخارجية المجري، اليوم الخميس، منع قائد ... من دخول المجر"): the announcer does it, although
/// an actor follows the deed word as its object.
extension FramePatterns {
    /// Whether the actor before the aside that ends at the trigger follows a verb of list
    /// `speech_verbs` or `decision_verbs` right before it, as the announcer of the deed.
    func isAnnouncedAfterAside(_ trigger: Span, _ work: SentenceWork) -> Bool {
        guard !isEnglish(trigger, work), let announcer = work.actor(beforeAsideEndingAt: trigger.range.lowerBound),
              announcer.range.lowerBound > 0 else { return false }
        let verb = announcer.range.lowerBound - 1
        return work.token(verb, isIn: .speechVerbs, lexicon: lexicon) || work.token(verb, isInWordList: "decision_verbs", lexicon: lexicon)
    }
}
