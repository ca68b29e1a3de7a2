import EntityGraph

/// Arabic relative clauses whose verb takes the clause's head back as a pronoun after a
/// preposition ("منظمة شنغهاي التي انضمت إليها بيلاروس", "الدولة التي فرضت عليها واشنطن
/// عقوبات"): the head is the verb's object, and the actor right after the pronoun its subject.
extension FramePatterns {
    /// The head and the subject of such a clause when the Arabic verb `trigger` stands right
    /// after the relative pronoun, with a pronoun of list `pronoun_objects` right after it and an
    /// actor right after that; nil otherwise.
    func resumptiveClause(of trigger: Span, _ work: SentenceWork) -> (head: Actor, subject: Actor)? {
        let start = trigger.range.lowerBound, end = trigger.range.upperBound
        guard !isEnglish(trigger, work), trigger.clitic.isEmpty, work.token(end, isIn: .pronounObjects, lexicon: lexicon),
              let head = work.restrictiveRelativeHead(of: start, lexicon: lexicon),
              let subject = work.firstActor(in: (end + 1)..<(end + 2)), !work.isPrepositional(subject) else { return nil }
        return (head, subject)
    }
}
