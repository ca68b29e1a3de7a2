import EntityGraph

/// A second deployment of the same sentence named with a number and the frame's preposition
/// repeated ("تنشر الولايات المتحدة نحو 28500 جندي في كوريا الجنوبية ونحو 54 ألف جندي في
/// اليابان", "about 28,500 troops in South Korea and 54,000 in Japan"), or a second thing of any
/// other frame's preposition ("to buy Leopard tanks from Germany and Caesar howitzers from
/// France"): its place or partner is an object of the frame too.
extension FramePatterns {
    /// The actors after `object` that "و" or "and", the words of a second thing within the next
    /// six tokens and one of the frame's prepositions after them introduce, and where the last
    /// ends; nil when there is none. For a deployment frame the words hold a number and the
    /// actors are states and places; for another frame they are one to three words in no
    /// function list and of no span ("Caesar howitzers", "ومدافع").
    func objectsWithRepeatedPreposition(after object: Actor, _ frameIndex: Int, _ work: SentenceWork,
                                            context: DocumentContext) -> (ids: [String], end: Int)? {
        let deployment = RelationType(lexicon.frames[frameIndex].type) == .deploysTo
        guard deployment || lexicon.frames[frameIndex].object == "prep" else { return nil }
        let prepositions = lexicon.framePrepositions[frameIndex]
        var ids: [String] = [], end = object.range.upperBound
        while end < work.tokens.count {
            let and = work.token(end, is: lexicon.keywords.and)
            let limit = min(end + 7, work.tokens.count)
            guard and || work.tokens[end].readings.0.clitic == ArabicClitics.waw,
                  let preposition = ((end + 1)..<limit).first(where: { work.token($0, isOneOf: prepositions) }),
                  deployment ? ((and ? end + 1 : end)..<preposition).contains(where: { work.tokens[$0].number >= 0 })
                    : isSecondThing((and ? end + 1 : end)..<preposition, work),
                  !work.actors.contains(where: { $0.range.lowerBound >= end && $0.range.lowerBound < preposition }),
                  !work.hasClauseBreak(end..<preposition),
                  let place = work.actors.first(where: { $0.range.lowerBound == preposition + 1 }),
                  !deployment || [.state, .place].contains(context.kind(place.ids[0])) else { break }
            ids += place.ids
            end = place.range.upperBound
        }
        return ids.isEmpty ? nil : (ids, end)
    }

    /// Whether `words` are one to three words of no function list that start no span.
    private func isSecondThing(_ words: Range<Int>, _ work: SentenceWork) -> Bool {
        (1...3).contains(words.count) && words.allSatisfy { index in
            work.tokens[index].isWord && work.tokens[index].number < 0 && work.spanIndex(startingAt: index) == nil
                && !lexicon.isAnyFunctionWord(work.tokens[index].word) && !lexicon.isAnyFunctionWord(work.tokens[index].readings.0.word)
        }
    }
}
