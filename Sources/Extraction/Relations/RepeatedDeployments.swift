import EntityGraph

/// A second deployment of the same sentence named with a number and the frame's preposition
/// repeated ("تنشر الولايات المتحدة نحو 28500 جندي في كوريا الجنوبية ونحو 54 ألف جندي في
/// اليابان", "about 28,500 troops in South Korea and 54,000 in Japan"): its place is an object of
/// the frame too.
extension FramePatterns {
    /// The states and places after `object` that "و" or "and", a number within the next six
    /// tokens and one of the frame's prepositions after it introduce, for a deployment frame; and
    /// where the last ends. Nil when there is none.
    func deploymentsWithRepeatedPreposition(after object: Actor, _ frameIndex: Int, _ work: SentenceWork,
                                            context: DocumentContext) -> (ids: [String], end: Int)? {
        guard RelationType(lexicon.frames[frameIndex].type) == .deploysTo else { return nil }
        let prepositions = lexicon.framePrepositions[frameIndex]
        var ids: [String] = [], end = object.range.upperBound
        while end < work.tokens.count {
            let and = work.token(end, is: lexicon.keywords.and)
            let limit = min(end + 7, work.tokens.count)
            guard and || work.tokens[end].readings.0.clitic == ArabicClitics.waw,
                  let preposition = ((end + 1)..<limit).first(where: { work.token($0, isOneOf: prepositions) }),
                  ((and ? end + 1 : end)..<preposition).contains(where: { work.tokens[$0].number >= 0 }),
                  !work.actors.contains(where: { $0.range.lowerBound >= end && $0.range.lowerBound < preposition }),
                  !work.hasClauseBreak(end..<preposition),
                  let place = work.actors.first(where: { $0.range.lowerBound == preposition + 1 }),
                  [.state, .place].contains(context.kind(place.ids[0])) else { break }
            ids += place.ids
            end = place.range.upperBound
        }
        return ids.isEmpty ? nil : (ids, end)
    }
}
