import EntityGraph

/// An English infinitive of purpose right after a place that a preposition introduces ("Rwanda
/// deployed thousands of troops in eastern Congo to support the group", "Russia sent jets to
/// Syria to back Assad"): said of the actor before the verb, not of the place nor of whoever
/// reported it.
extension FramePatterns {
    /// The subject of a trigger written as an infinitive ("to support") right after an actor that
    /// a preposition introduces: the last actor before that one, itself introduced by none, with at
    /// most eight tokens and no clause break between them; nil otherwise.
    func subjectPastPlace(of trigger: Span, _ work: SentenceWork) -> Actor? {
        let start = trigger.range.lowerBound
        guard work.token(start - 1, is: lexicon.keywords.toEnglish), let place = work.actor(endingBefore: start - 1, gap: 0),
              work.isPrepositional(place),
              let subject = work.actors.last(where: { $0.range.upperBound < place.range.lowerBound }),
              !work.isPrepositional(subject), place.range.lowerBound - subject.range.upperBound <= 8,
              !work.hasClauseBreak(subject.range.upperBound..<place.range.lowerBound) else { return nil }
        return subject
    }
}
