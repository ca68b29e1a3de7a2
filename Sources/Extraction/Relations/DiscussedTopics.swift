import EntityGraph

/// An Arabic verb form that stands where a verb of discussing takes its topic is a verbal noun
/// ("تبحثان في هلسنكي دعم أوكرانيا": support, not "he supported").
extension FramePatterns {
    /// Whether an Arabic trigger without a proclitic or the article follows a verb whose frame
    /// has `shares_event` ("بحث", "ناقش"), right after it or past its subject and a place it
    /// names ("في هلسنكي"); a definite noun ("بحث الجانبان التعاون") and a joint event ("بحث
    /// الجانبان تعزيز العلاقات": the sides') are read as before.
    func isDiscussedTopic(_ trigger: Span, _ work: SentenceWork) -> Bool {
        guard case .trigger(let own) = trigger.value, trigger.clitic.isEmpty, !isEnglish(trigger, work),
              !RelationVocabulary.core.isSymmetric(RelationType(lexicon.frames[own].type)),
              !work.sentence.document.startsWithArticle(work.tokens[trigger.range.lowerBound]) else { return false }
        var cursor = trigger.range.lowerBound
        for _ in 0..<2 {
            guard let actor = work.actors.last(where: { $0.range.upperBound == cursor }) else { break }
            cursor = actor.range.lowerBound
            if work.isPrepositional(actor), actor.clitic.isEmpty { cursor -= 1 }
        }
        guard let verb = work.span(endingAt: cursor), case .trigger(let frame) = verb.value else { return false }
        return lexicon.frames[frame].shares_event == true
    }
}
