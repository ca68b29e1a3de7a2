import EntityGraph

/// English agent nouns whose possessor is what they act on ("Ukraine's biggest backers", "Kyiv's
/// staunchest supporter"; a frame's `possessor_object_words`): the possessor is the object, and
/// the subject is the one the noun describes, not the possessor.
extension FramePatterns {
    /// The possessor of such a trigger (up to two words, hyphenated or not, between them:
    /// "Ukraine's second-biggest backer") and the actors the noun describes: the head of the
    /// apposition it opens ("Germany, Ukraine's second-biggest backer,"), else the first actor
    /// before it that no preposition introduces, with those listed with it ("Poland and Estonia
    /// have been among Ukraine's strongest backers"); nil when the trigger is no such noun or no
    /// possessor precedes it.
    func possessedAgentNoun(_ trigger: Span, frame frameIndex: Int, _ work: SentenceWork,
                            context: DocumentContext) -> (object: Actor, subjects: (ids: [String], start: Int)?)? {
        let start = trigger.range.lowerBound
        guard isEnglish(trigger, work), lexicon.framePossessorObjectWords[frameIndex].contains(work.tokens[trigger.range.upperBound - 1].word),
              let owner = work.actors.last(where: { $0.range.upperBound < start }),
              let length = work.possessiveLength(at: owner.range.upperBound) else { return nil }
        let between = (owner.range.upperBound + length)..<start
        guard between.count <= 3, between.allSatisfy({ work.tokens[$0].isWord || work.tokens[$0].mark == "-" }) else { return nil }
        let opening = owner.range.lowerBound - 1
        if opening >= 1, work.tokens[opening].mark == "," {
            return (owner, work.actor(endingBefore: opening, gap: 0).map { work.coordinatedBefore($0, keywords: lexicon.keywords, kind: context.kind) })
        }
        let first = work.actors.first { $0.range.upperBound <= owner.range.lowerBound && !work.isPrepositional($0) }
        return (owner, first.map { (work.coordinated(from: $0, keywords: lexicon.keywords).ids, $0.range.lowerBound) })
    }

    /// Whether such an agent noun stands right after "by": it names who acts in a passive, not
    /// an event with an object of its own ("accused by critics of steering the country").
    func isAgentOfPassive(_ trigger: Span, frame frameIndex: Int, _ work: SentenceWork) -> Bool {
        isEnglish(trigger, work) && lexicon.framePossessorObjectWords[frameIndex].contains(work.tokens[trigger.range.lowerBound].word)
            && work.token(trigger.range.lowerBound - 1, is: lexicon.keywords.by)
    }
}
