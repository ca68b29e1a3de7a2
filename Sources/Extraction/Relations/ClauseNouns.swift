import EntityGraph

/// Event nouns no one before them does, and sentences that report speech.
extension FramePatterns {
    /// Whether an English trigger right after "that" and before an auxiliary is the noun that
    /// its clause is about ("argues that sanctions have hurt Europe"), or a noun after an article
    /// that a verb of another kind than `event_verbs` takes ("Tusk questioned the trip to
    /// Moscow"; not "made a trip to"), or a verb right after a relative pronoun whose head is a
    /// plain noun in no apposition ("countries that allow Ukraine"; not "Lithuania, the only
    /// Baltic state that hosts", nor a noun of list `move_nouns`, whose clause is about the main
    /// clause's deed: "in a move that drew criticism from", nor one a state leads: "a Czech-led
    /// initiative that has supplied"), or a plural noun before a verb of speech ("critics say"): no one
    /// before it does it.
    func isClauseSubjectNoun(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        if start >= 2, work.token(start - 1, isOneOf: lexicon.keywords.articles), work.isPlainLowercaseWord(start - 2),
           !work.token(start - 2, isIn: .eventVerbs, lexicon: lexicon) {
            return true
        }
        // "countries that allow Ukraine to fire": the clause's head is a plain noun, no actor.
        if start >= 2, isEnglish(trigger, work), work.token(start - 1, isIn: .relativePronouns, lexicon: lexicon), work.tokens[start - 2].isWord,
           work.spanIndex(startingAt: start - 2) == nil, work.restrictiveRelativeHead(of: start, lexicon: lexicon) == nil,
           !isLedNoun(start - 2, work) {
            return true
        }
        // "a law that critics say mirrors Russian legislation": a plural noun speaking.
        if isEnglish(trigger, work), work.sentence.text(of: trigger.range.upperBound - 1).hasSuffix("s"),
           work.token(trigger.range.upperBound, isIn: .speechVerbs, lexicon: lexicon) { return true }
        return work.token(start - 1, isIn: .complementizers, lexicon: lexicon) && work.token(trigger.range.upperBound, isIn: .auxiliaries, lexicon: lexicon)
    }

    /// Whether the noun at `index` follows a participle of list `leading_participles` glued by a
    /// hyphen to the one leading it ("a Czech-led initiative that has supplied Ukraine": the
    /// leader does what the clause says).
    private func isLedNoun(_ index: Int, _ work: SentenceWork) -> Bool {
        index >= 3 && work.token(index - 1, isIn: .leadingParticiples, lexicon: lexicon) && PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, index - 2)
    }

    /// Whether the sentence reports speech: a verb of speech or a quotation mark in it; only
    /// then is the last speaker the one who accuses.
    func isReportedSpeech(_ work: SentenceWork) -> Bool {
        work.spans.contains { $0.value == .function("speech_verbs") }
            || work.tokens.contains(where: \.isQuotationMark)
    }

    /// The speaker of an Arabic clause that opens with a noun of a joint event right after إن /
    /// أن ("وقالت شينباوم إن التعاون الأمني مع واشنطن يقوم على التنسيق"): the one whose side the
    /// speaker describes; nil in a sentence that reports no speech.
    func speakerOfJointEventNoun(_ trigger: Span, frame: LexiconFiles.Frame, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard RelationVocabulary.core.isSymmetric(RelationType(frame.type)), work.token(trigger.range.lowerBound - 1, isIn: .complementizers, lexicon: lexicon),
              work.sentence.document.startsWithArticle(work.tokens[trigger.range.lowerBound]),
              isReportedSpeech(work) else { return nil }
        return context.speaker
    }
}
