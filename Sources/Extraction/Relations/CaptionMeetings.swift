import EntityGraph

/// People named together, as in photo captions, meet.
extension StructuralPatterns {
    /// "A مع B" (A and B people, as in photo captions) → met_with, with place and date.
    func captionMeetings(_ work: SentenceWork, context: DocumentContext) {
        for (first, second) in zip(work.actors, work.actors.dropFirst()) {
            guard second.range.lowerBound == first.range.upperBound + 1,
                  work.token(first.range.upperBound, is: lexicon.keywords.with),
                  context.kind(first.ids[0]) == .person, context.kind(second.ids[0]) == .person else { continue }
            emitMeeting(first, second, work, context: context, rule: "caption_with", confidence: 0.7)
        }
    }

    /// Two people named together meet, where and when the sentence says.
    func emitMeeting(_ first: Actor, _ second: Actor, _ work: SentenceWork, context: DocumentContext,
                     rule: String, confidence: Double) {
        var attributes: [String: String] = [:]
        if let place = FramePatterns.meetingPlace(after: second.range.upperBound, in: work, context: context, lexicon: lexicon) {
            attributes["place"] = place
        }
        if let date = work.date { attributes["date"] = date }
        context.emit(first.ids[0], .metWith, second.ids[0], attributes: attributes, sentence: work.sentence,
                     tokens: first.range.lowerBound...(second.range.upperBound - 1), rule: rule, confidence: confidence)
    }
}
