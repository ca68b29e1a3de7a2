import EntityGraph

/// English "it" / "they" right after a speech verb, "that" allowed between, whose subject is a
/// state, an organisation or an alliance ("Pakistan's military said it had launched strikes",
/// "the ministry said that they would"): the pronoun is the speaker.
extension Coreference {
    /// Adds an actor for each English subject pronoun whose referent the clause fixes: a
    /// speaker's, the main subject's in a relative clause (`relativeClausePronouns`) and in a
    /// subordinate clause (`subordinateClausePronouns`).
    func englishSubjectPronouns(_ work: SentenceWork, context: DocumentContext) {
        speakersPronouns(work, context: context)
        relativeClausePronouns(work, context: context)
        subordinateClausePronouns(work, context: context)
    }

    /// Adds an actor for each such pronoun.
    func speakersPronouns(_ work: SentenceWork, context: DocumentContext) {
        for verb in work.spans where verb.value == .function("speech_verbs") {
            var index = verb.range.upperBound
            if work.token(index, isIn: .complementizers, lexicon: lexicon) { index += 1 }
            guard index < work.tokens.count, !work.sentence.document.isArabic(work.tokens[index]),
                  work.token(index, isIn: .subjectPronouns, lexicon: lexicon), !work.actors.contains(where: { $0.range.contains(index) }),
                  !work.token(index + 1, isIn: .passiveAuxiliaries, lexicon: lexicon), // "said it was intercepted": the missile
                  let speaker = work.actor(endingBefore: verb.range.lowerBound, gap: 0), context.kind(speaker.ids[0]) != .person else { continue }
            let speakers = work.coordinatedBefore(speaker, keywords: lexicon.keywords, kind: context.kind).ids // "Estonia and Finland said they"
            work.add(Actor(ids: speakers, range: index..<(index + 1), clitic: "", source: .anaphora))
        }
    }
}
