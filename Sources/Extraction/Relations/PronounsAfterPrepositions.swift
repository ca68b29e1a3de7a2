import EntityGraph

/// Object pronouns that stand for a person after a trigger, or after one of its prepositions: in
/// English "him" / "her" ("accused him", "imposed sanctions on him", "met with her"), in Arabic a
/// preposition's masculine singular pronoun ("فرض عقوبات عليه").
extension FramePatterns {
    /// Whether an English trigger is followed by one of its frame's prepositions and "him", or
    /// "her" before a mark or a stopword (not a possessive: "on her husband"), and the person the
    /// pronoun stands for.
    func pronounAfterPreposition(of trigger: Span, frame frameIndex: Int, subjects: [String], _ work: SentenceWork,
                                 context: DocumentContext, fits: (Actor) -> Bool) -> (found: Bool, referent: Actor?) {
        let preposition = trigger.range.upperBound, pronoun = preposition + 1
        guard isEnglish(trigger, work), pronoun < work.tokens.count, work.tokens[preposition].isWord,
              lexicon.frames[frameIndex].preps.contains(work.sentence.text(of: preposition).lowercased()) else { return (false, nil) }
        let word = work.sentence.text(of: pronoun).lowercased()
        let next = pronoun + 1
        guard word == "him" || (word == "her" && (next == work.tokens.count || !work.tokens[next].isWord
                                                  || lexicon.isFunctionWord(work.tokens[next].word, list: .stopwords))) else { return (false, nil) }
        return (true, personBefore(trigger, pronoun: pronoun, subjects: subjects, work, context: context, fits: fits))
    }

    /// The person a masculine singular pronoun after a trigger stands for ("him", or an Arabic
    /// preposition's "عليه", "معه", "منه"): the last person the sentence names before the trigger
    /// who is not its subject nor a preposition's object and may be the frame's object ("Mindich
    /// left Ukraine, and Zelenskiy imposed sanctions on him"), else the last person named before
    /// the sentence other than the subject, when the sentence names no one else before the trigger
    /// ("Orbán has blocked EU aid to Kyiv. Zelenskyy has accused him of ...").
    func personBefore(_ trigger: Span, pronoun: Int, subjects: [String], _ work: SentenceWork, context: DocumentContext,
                      fits: (Actor) -> Bool) -> Actor? {
        let text = work.sentence.text(of: pronoun)
        guard isEnglish(trigger, work) ? ["him", "her"].contains(text.lowercased()) : NameFolding.fold(text).hasSuffix("ه") else { return nil }
        let start = trigger.range.lowerBound, range = pronoun..<(pronoun + 1)
        let before = work.actors.filter { $0.range.upperBound <= start && fits($0) }
        let person = before.last { $0.ids.count == 1 && context.kind($0.ids[0]) == .person && !work.isPrepositional($0) }?.ids[0]
            ?? (before.isEmpty ? context.searchBackwards(also: []) { id in
                context.kind(id) == .person && fits(Actor(ids: [id], range: range, clitic: "", source: .anaphora))
            } : nil)
        return person.map { Actor(ids: [$0], range: range, clitic: "", source: .anaphora) }
    }
}
