import EntityGraph

/// Actors in a frame's object place that belong to another deed named there: the victim of an
/// arrest or a trial, the target of someone's visit.
extension FramePatterns {
    /// Whether an actor is a party of another deed named in the object's place: the one a noun
    /// of `victim_nouns` befell (`isVictimOfDeed`), or what an event noun with a possessive
    /// pronoun right before it is done to ("احتجاجا على زيارته موسكو": his visit's, not the
    /// critic's, target).
    func isOtherDeedsParty(_ actor: Actor, from start: Int, _ work: SentenceWork) -> Bool {
        if isVictimOfDeed(actor, from: start, work) { return true }
        guard let noun = work.span(endingAt: actor.range.lowerBound), noun.range.lowerBound >= start, let last = noun.range.last else { return false }
        switch noun.value {
        case .trigger(let frame): // "لقاءه", "زيارته": triggers of frames whose possessor is the subject
            return lexicon.frames[frame].possessor_subject == true
        case .nominalTrigger:
            return work.endsWithPronounSuffix(last, lexicon: lexicon)
        default:
            return false
        }
    }

    /// Whether an actor is what a noun of `victim_nouns` written right before it, after `start`,
    /// is done to ("تندد بسجن حاكمة غاغاوزيا", "condemned the arrest of"): the one it befell, not
    /// the object of the trigger; not when one with the proclitic ل follows it, the one it befell
    /// ("اعتقال السلطات المولدوفية لحاكمة غاغاوزيا": the authorities arrest, and are criticised).
    func isVictimOfDeed(_ actor: Actor, from start: Int, _ work: SentenceWork) -> Bool {
        let before = work.token(actor.range.lowerBound - 1, is: lexicon.keywords.of) ? actor.range.lowerBound - 1 : actor.range.lowerBound
        guard let noun = work.span(endingAt: before), noun.value == .function("victim_nouns"), noun.range.lowerBound >= start else { return false }
        return !work.actors.contains { $0.range.lowerBound == actor.range.upperBound && ArabicClitics.endsWithPreposition($0.clitic, "ل") }
    }
}
