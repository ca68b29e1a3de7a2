import EntityGraph

/// Arabic event nouns described by a relative clause whose light verb takes the noun back as an
/// attached pronoun ("الدعم الذي تقدمه أنقرة للجيش العراقي", "المساعدات التي يقدمها الغرب
/// لأوكرانيا", "الغارات التي تشنها إسرائيل على لبنان"): the actor right after the verb (list
/// `provision_verbs`) does the event, and its object follows as for the noun. An indefinite noun
/// takes the clause without a relative pronoun ("في هجوم شنته حركة الشباب على قاعدة").
extension FramePatterns {
    /// The actor doing the event noun `trigger` in such a clause, when the relative pronoun follows
    /// the noun (or one adjective after it) and the light verb the pronoun, or the light verb
    /// follows an indefinite noun of one word right away; nil otherwise.
    func providerOfEvent(_ trigger: Span, _ work: SentenceWork) -> Actor? {
        guard !isEnglish(trigger, work) else { return nil }
        let end = trigger.range.upperBound
        var verb = end // "في هجوم شنته": the light verb right after an indefinite noun
        if trigger.range.count > 1 || work.sentence.document.startsWithArticle(work.tokens[trigger.range.lowerBound])
            || !work.token(end, isInWordList: "provision_verbs", lexicon: lexicon) {
            var pronoun = end
            if !work.token(pronoun, isIn: .relativePronouns, lexicon: lexicon), work.spanIndex(startingAt: pronoun) == nil { pronoun += 1 }
            guard work.token(pronoun, isIn: .relativePronouns, lexicon: lexicon),
                  work.token(pronoun + 1, isInWordList: "provision_verbs", lexicon: lexicon) else { return nil }
            verb = pronoun + 1
        }
        guard let provider = work.firstActor(in: (verb + 1)..<(verb + 2)), !work.isPrepositional(provider) else { return nil }
        return provider
    }
}
