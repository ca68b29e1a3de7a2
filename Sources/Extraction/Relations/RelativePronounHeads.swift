import EntityGraph

/// The actor an Arabic relative clause after a comma describes ("نبيه بري، الذي يعد الحليف
/// الأبرز لحزب الله"), and a generic noun that stands for the actor named before it ("كانت روسيا
/// الدولة الوحيدة التي اعترفت بها": Russia recognised it; "روسيا، البلد الذي ..."): a word of list
/// `relative_head_nouns`, alone or with one adjective with the article.
extension FramePatterns {
    /// The actor a relative clause holding a predicate noun or a verb describes ("نبيه بري، الذي
    /// يعد الحليف الأبرز لحزب الله", "والجزائر، التي قطعت علاقاتها مع المغرب"): the actor right
    /// before the relative pronoun (a comma between), which stands at most two words before the
    /// trigger, or before the clause's verb that a verb joined by و continues ("الجزائر، التي قطعت
    /// علاقاتها مع الرباط عام 2021 وتدعم جبهة البوليساريو") or before a head noun standing for it
    /// (`actorBeforeHeadNoun`), or the body it is tied to (`linkedHead`); not the agent of a
    /// participle right before the pronoun ("الفصائل المدعومة من إيران التي تهاجم").
    func relativePronounHead(before trigger: Span, _ work: SentenceWork) -> Actor? {
        let start = trigger.range.lowerBound
        let joined = trigger.clitic == "و" ? 12 : 3
        guard let pronoun = (max(0, start - joined)...max(0, start - 1)).last(where: { work.token($0, isIn: .relativePronouns, lexicon: lexicon) }),
              !work.hasClauseBreak((pronoun + 1)..<start),
              start - pronoun <= 3 || work.spans.contains(where: { $0.isEventWord && $0.range.lowerBound == pronoun + 1 }) else { return nil }
        return (work.actor(endingBefore: pronoun, gap: 1).flatMap { work.isAgentOfEventWord($0, lexicon: lexicon) ? nil : $0 }
                ?? work.actorBeforeHeadNoun(of: pronoun, lexicon: lexicon))
            .map { work.linkedHead(of: $0, lexicon: lexicon) }
    }

    /// The subject an Arabic relative clause names right after its verb, before the verb's object:
    /// two actors right after a verb of a frame with a direct object opening the clause, neither after
    /// a preposition nor the second joined by و ("الحركة، التي تتهم كينشاسا رواندا بدعمها": Kinshasa
    /// accuses Rwanda; the head comes back as a pronoun); nil otherwise.
    func ownSubjectOfRelativeClause(_ trigger: Span, frame frameIndex: Int, _ work: SentenceWork) -> Actor? {
        let start = trigger.range.lowerBound, end = trigger.range.upperBound
        guard !isEnglish(trigger, work), trigger.clitic.isEmpty, lexicon.frames[frameIndex].object == "direct",
              work.token(start - 1, isIn: .relativePronouns, lexicon: lexicon),
              let subject = work.firstActor(in: end..<(end + 1)), !work.isPrepositional(subject),
              let object = work.firstActor(in: subject.range.upperBound..<(subject.range.upperBound + 1)), !work.isPrepositional(object),
              object.clitic.isEmpty // not a list the head includes: "التي تضم بولندا والمجر"
        else { return nil }
        return subject
    }
}

extension SentenceWork {
    /// The actor right before such a noun (a comma may stand between) whose relative pronoun is
    /// at token `pronoun`.
    func actorBeforeHeadNoun(of pronoun: Int, lexicon: Lexicon) -> Actor? {
        for noun in [pronoun - 1, pronoun - 2] where noun >= 1 {
            guard token(noun, isInWordList: "relative_head_nouns", lexicon: lexicon),
                  (noun + 1..<pronoun).allSatisfy({ tokens[$0].isWord && spanIndex(startingAt: $0) == nil
                      && sentence.document.startsWithArticle(tokens[$0]) }) else { continue }
            return actor(endingBefore: noun, gap: 1)
        }
        return nil
    }
}
