import EntityGraph

/// The place a body named as a verb's subject sits in ("انتقدت السفارة الصينية في بنما تصريحات
/// هيغسث": Panama is where the embassy is, not what it criticises): the object starts after it.
extension FramePatterns {
    /// The token after "في" and the place or state that follow a subject naming an organisation
    /// and ending at `subjectEnd`; `subjectEnd` itself otherwise.
    func pastLocation(ofBodyEndingAt subjectEnd: Int, _ work: SentenceWork, context: DocumentContext) -> Int {
        guard let body = work.actors.first(where: { $0.range.upperBound == subjectEnd }), context.kind(body.ids[0]) == .organization,
              work.token(subjectEnd, is: lexicon.keywords.inside),
              let place = work.actors.first(where: { $0.range.lowerBound == subjectEnd + 1 }),
              [.place, .state].contains(context.kind(place.ids[0])) else { return subjectEnd }
        return place.range.upperBound
    }
}
