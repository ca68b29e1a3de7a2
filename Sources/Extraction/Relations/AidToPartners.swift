import EntityGraph

/// Aid announced with no recipient right after a partnership read between the giver's state and
/// another ("أكد بارو أن باريس تريد شراكة متجددة مع جزر القمر، وأعلن تقديم مساعدات"): the partner
/// receives it.
extension FramePatterns {
    /// The other state of the cooperation between two states read last in this sentence, when one
    /// of `subjects` is or serves the first, and no actor the frame could not take follows the
    /// trigger after "to" / "ل" ("نفى بيسكوف أن تكون موسكو قد قدمت أي ضمانات لبريغوجين").
    func partnerOfAgreement(with subjects: [String], after trigger: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard let agreement = context.lastAgreement, agreement.sentence == context.sentenceNumber,
              !work.actors.contains(where: { actor in
                  actor.range.lowerBound >= trigger.range.upperBound
                      && (ArabicClitics.endsWithPreposition(actor.clitic, "ل") || work.token(actor.range.lowerBound - 1, is: lexicon.keywords.toEnglish))
              }) else { return nil }
        let own = Set(subjects.compactMap(context.state(of:)))
        let others = agreement.states.filter { !own.contains($0) }
        return others.count == 1 ? others[0] : nil
    }
}
