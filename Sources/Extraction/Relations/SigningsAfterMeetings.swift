import EntityGraph

/// A signing told without its signatories, in the sentence of a meeting between two states'
/// people or the one after it ("وترأست رئيسة الحكومة ... ونظيرها الجزائري أشغال اللجنة، التي
/// توجت بالتوقيع على 27 اتفاقية", "The talks ended with the signing of four agreements"): the
/// states of that meeting cooperate.
extension FramePatterns {
    /// Emits cooperates_with between the two states of the last meeting read, in this sentence or
    /// the one before, for a phrase of list `signings_done` followed within four words by a word of
    /// `accord_nouns`, not negated, with no actor but a place after it in its sentence (a party
    /// named there is read by the agreement's own frame).
    func signingsAfterMeetings(_ work: SentenceWork, context: DocumentContext) {
        guard let sides = context.lastMeetingStates, context.sentenceNumber - context.lastMeetingSentence <= 1,
              sides.allSatisfy({ context.kind($0) == .state }) else { return }
        for span in work.spans where span.value == .function("signings_done") {
            let end = span.range.upperBound
            guard let accord = (end..<min(end + 4, work.tokens.count)).first(where: { work.token($0, isInWordList: "accord_nouns", lexicon: lexicon) }),
                  !work.token(span.range.lowerBound - 1, isIn: .negations, lexicon: lexicon),
                  !work.actors.contains(where: { $0.range.lowerBound >= end && context.kind($0.ids[0]) != .place }) else { continue }
            context.emit(sides[0], .cooperatesWith, sides[1], sentence: work.sentence, tokens: span.range.lowerBound...accord,
                         rule: "signing_after_meeting", confidence: 0.55)
            return
        }
    }
}
