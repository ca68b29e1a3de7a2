import EntityGraph

/// What an object pronoun after a trigger refers to: "him", "her", "it", إياه, منه after a
/// participle or a joined verb.
extension FramePatterns {
    /// What the pronoun after an English participle set off by a comma, or after a verb joined by
    /// "and", refers to ("sanctioned Ivanishvili, accusing him of ...", "met Trump and urged him
    /// to ..."): the last actor before that is not a subject nor a preposition's object, a person
    /// for "him" / "her", anything else for "it" / "them" (then a preposition's object when no
    /// other is there); after an Arabic trigger, إياه / إياها / إياهم refer to the
    /// last actor before it that is not a subject ("قطع العلاقات مع الإمارات، متهما إياها"), and
    /// any pronoun after a verb joined by و to the last one no preposition introduces nor names
    /// as a place ("التقت الرئيس الروسي، وطلبت منه"; not "بالعاصمة مينسك").
    func participlePronounReferent(of trigger: Span, subjects: [String], _ work: SentenceWork, context: DocumentContext) -> Actor? {
        let start = trigger.range.lowerBound, end = trigger.range.upperBound
        if !isEnglish(trigger, work) { // "، متهما إياها بتزويد ...": the one named last before, not the subject
            let separate = end < work.tokens.count && NameFolding.fold(work.sentence.text(of: end)).hasPrefix("ايا")
            guard start > 0, end < work.tokens.count, separate || trigger.clitic == "و" else { return nil }
            return work.actors.last { $0.range.upperBound < start && $0.ids.count == 1 && !subjects.contains($0.ids[0])
                && (separate || !(work.isPrepositional($0) || work.isLocative($0, keywords: lexicon.keywords))) }
        }
        guard start > 0, work.tokens[start - 1].mark == "," && work.sentence.text(of: end - 1).hasSuffix("ing")
                || work.token(start - 1, is: lexicon.keywords.and) else { return nil }
        let pronoun = work.sentence.text(of: end).lowercased()
        let personal = pronoun == "him" || pronoun == "her"
        let candidates = work.actors.filter { actor in
            actor.range.upperBound < start && actor.ids.count == 1 && !subjects.contains(actor.ids[0])
                && (context.kind(actor.ids[0]) == .person) == personal
        }
        // A preposition's object only when no other one is there ("froze its participation in the bloc, accusing it").
        return candidates.last { !work.isPrepositional($0) } ?? (personal ? nil : candidates.last)
    }
}
