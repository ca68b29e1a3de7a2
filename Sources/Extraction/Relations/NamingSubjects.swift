import EntityGraph

/// Who names a deed by a word of accusation: the subject of a naming verb before it ("وصفه
/// الرئيس الأوكراني بأنه إرهاب", "انتقد ستولتنبرج الخطوة، ووصف الخطاب الروسي بأنه غير مسؤول").
extension FramePatterns {
    /// The subject of a naming verb ("وصف", "described") at most eight tokens before `trigger`
    /// with no full stop between: the actor right after the verb (Arabic word order), or, for a
    /// verb joined by و or "and", the subject of the verb before it, named right after it
    /// ("واستنكرت الحكومة السورية الغارات ووصفتها") or right before it ("Stoltenberg criticised
    /// the move and described").
    func namingVerbSubject(before trigger: Span, _ work: SentenceWork) -> Actor? {
        let start = trigger.range.lowerBound
        guard let verb = (max(0, start - 8)..<start).last(where: { work.token($0, isIn: .namingVerbs, lexicon: lexicon) }),
              !(verb..<start).contains(where: { work.isFullStop($0) }) else { return nil }
        if let after = work.actors.first(where: { $0.range.lowerBound == verb + 1 }), !work.isPrepositional(after) { return after }
        guard work.tokens[verb].readings.0.clitic == ArabicClitics.waw || work.token(verb - 1, is: lexicon.keywords.and),
              let earlier = work.spans.last(where: { span in
                  guard span.range.upperBound <= verb, case .trigger = span.value else { return false }
                  return true
              }) else { return nil }
        if let after = work.actors.first(where: { $0.range.lowerBound == earlier.range.upperBound }), !work.isPrepositional(after) {
            return after
        }
        return work.actor(endingBefore: earlier.range.lowerBound, gap: 1).flatMap { work.isPrepositional($0) ? nil : $0 }
    }
}
