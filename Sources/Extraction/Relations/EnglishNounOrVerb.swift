import EntityGraph

/// English event words spelled alike as a noun and a verb ("support", "attack"): which use the
/// sentence makes of one.
extension FramePatterns {
    /// Whether an English event noun is a verb in the infinitive: after "to" or a modal and right
    /// before the actor it acts on, "the" allowed ("to attack Kyiv", "could attack Taiwan", "to
    /// support the M23").
    func isEnglishInfinitive(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let before = trigger.range.lowerBound - 1, after = trigger.range.upperBound
        let objectStart = work.token(after, is: lexicon.keywords.the) ? after + 1 : after
        return (work.token(before, is: lexicon.keywords.toEnglish) || work.token(before, isIn: .futureMarkers, lexicon: lexicon))
            && work.actors.contains { $0.range.lowerBound == after || $0.range.lowerBound == objectStart }
    }

    /// Whether an English verb trigger spelled like a noun is used as one: right after "with" or
    /// "against", or after one word that starts no span after it ("comply with Western sanctions
    /// against Moscow": Kazakhstan imposes none).
    func isEnglishNounUse(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        guard start > 0, isEnglish(trigger, work) else { return false }
        let markers = lexicon.keywords.nounMarkers
        return work.token(start - 1, isOneOf: markers)
            || (work.tokens[start - 1].isWord && work.spanIndex(startingAt: start - 1) == nil && work.token(start - 2, isOneOf: markers))
    }
}
