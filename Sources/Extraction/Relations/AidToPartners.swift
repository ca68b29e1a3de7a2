import EntityGraph

/// Aid announced with no recipient right after a partnership or talks read between the giver's
/// state and another ("أكد بارو أن باريس تريد شراكة متجددة مع جزر القمر، وأعلن تقديم مساعدات";
/// "وأجرى مودي محادثات مع توبغاي، أعلن في ختامها أن نيودلهي ستقدم قرضا"): the partner receives it.
extension FramePatterns {
    /// The other state of the cooperation between two states read last in this sentence (else of
    /// the meeting read last in it), when one
    /// of `subjects` is or serves the first, and no actor the frame could not take follows the
    /// trigger after "to" / "ل" ("نفى بيسكوف أن تكون موسكو قد قدمت أي ضمانات لبريغوجين").
    func partnerOfAgreement(with subjects: [String], after trigger: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        let agreement = context.lastAgreement.flatMap { $0.sentence == context.sentenceNumber ? $0.states : nil }
            ?? (context.lastMeetingSentence == context.sentenceNumber ? context.lastMeetingStates : nil)
        guard let agreement, !work.actors.contains(where: { actor in
                  actor.range.lowerBound >= trigger.range.upperBound
                      && (ArabicClitics.endsWithPreposition(actor.clitic, "ل") || work.token(actor.range.lowerBound - 1, is: lexicon.keywords.toEnglish))
              }) else { return nil }
        let own = Set(subjects.compactMap(context.state(of:)))
        let others = agreement.filter { !own.contains($0) }
        return others.count == 1 ? others[0] : nil
    }
}
