import EntityGraph

/// Who names a deed by a word of accusation: the subject of a naming verb before it ("وصفه
/// الرئيس الأوكراني بأنه إرهاب", "انتقد ستولتنبرج الخطوة، ووصف الخطاب الروسي بأنه غير مسؤول").
extension FramePatterns {
    /// The subject of a naming verb ("وصف", "described") at most eight tokens before `trigger`
    /// with no full stop between: the actor right after the verb (Arabic word order) or right
    /// before it, a time phrase allowed between (English: "Trump last week called Petro \"an
    /// illegal drug leader\""), or, for a
    /// verb joined by و or "and", the subject of the verb before it, named right after it
    /// ("واستنكرت الحكومة السورية الغارات ووصفتها") or right before it ("Stoltenberg criticised
    /// the move and described").
    func namingVerbSubject(before trigger: Span, _ work: SentenceWork) -> Actor? {
        let start = trigger.range.lowerBound
        guard let verb = (max(0, start - 8)..<start).last(where: { work.token($0, isIn: .namingVerbs, lexicon: lexicon) }),
              !(verb..<start).contains(where: { work.isFullStop($0) }) else { return nil }
        let arabic = work.sentence.document.isArabic(work.tokens[verb])
        if arabic, let after = work.actors.first(where: { $0.range.lowerBound == verb + 1 }), !work.isPrepositional(after) { return after }
        if !arabic, let before = work.actor(endingBefore: verb, gap: 0) ?? work.actor(beforeTimePhraseEndingAt: verb), !work.isPrepositional(before) {
            return before
        }
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

extension FramePatterns {
    /// Whether an English word of accusation after "as" (an article allowed between) completes
    /// the object of a verb of criticism at most eight tokens before it, no full stop between
    /// ("Moscow has criticised the U.S. measures as illegal"): the criticism is that verb's, read
    /// by its own frame with its own subject, not the last speaker's.
    func completesCriticism(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        let article = work.token(start - 1, isOneOf: lexicon.keywords.articles) ? 1 : 0
        guard work.token(start - 1 - article, is: lexicon.keywords.asEnglish) else { return false }
        return work.spans.contains { span in
            guard span.range.upperBound < start, start - span.range.upperBound <= 8,
                  !(span.range.upperBound..<start).contains(where: { work.isFullStop($0) }), case .trigger(let index) = span.value else { return false }
            return lexicon.frames[index].type == RelationType.criticizes.rawValue && lexicon.frames[index].speaker != true
        }
    }
}
