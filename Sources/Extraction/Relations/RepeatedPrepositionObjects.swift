import EntityGraph

/// A second deployment of the same sentence named with a number and the frame's preposition
/// repeated ("تنشر الولايات المتحدة نحو 28500 جندي في كوريا الجنوبية ونحو 54 ألف جندي في
/// اليابان", "about 28,500 troops in South Korea and 54,000 in Japan"), or a second thing of any
/// other frame's preposition ("to buy Leopard tanks from Germany and Caesar howitzers from
/// France", "talks with Pezeshkian, whose country ..., and with Berdimuhamedov"): its place or
/// partner is an object of the frame too.
extension FramePatterns {
    /// The actors after `object` that "و" or "and", the words of a second thing within the next
    /// six tokens and one of the frame's prepositions after them introduce, and where the last
    /// ends; nil when there is none. A relative clause set off by commas after an object is
    /// passed over. For a deployment frame the words hold a number and the actors are states and
    /// places; for a frame of a prepositional object they are up to three words in no function
    /// list and of no span ("Caesar howitzers", "ومدافع"), for one of a direct object none ("talks
    /// with A and with B", "مع ... ومع ...").
    func objectsWithRepeatedPreposition(after object: Actor, _ frameIndex: Int, _ work: SentenceWork,
                                            context: DocumentContext) -> (ids: [String], end: Int)? {
        let deployment = RelationType(lexicon.frames[frameIndex].type) == .deploysTo
        let prepositions = lexicon.framePrepositions[frameIndex]
        // A frame with a direct object takes a second one after its preposition alone ("talks with A and with B").
        let direct = !deployment && lexicon.frames[frameIndex].object != "prep"
        guard !direct || !prepositions.isEmpty else { return nil }
        var ids: [String] = [], end = relativeClauseEnd(after: object.range.upperBound, work) ?? object.range.upperBound
        while end < work.tokens.count {
            let and = work.token(end, is: lexicon.keywords.and)
            let limit = min(end + 7, work.tokens.count)
            let next = and ? end + 1 : end // the first word after "and", or the word و is joined to
            guard and || work.tokens[end].readings.0.clitic == ArabicClitics.waw,
                  let preposition = (next..<limit).first(where: { work.token($0, isOneOf: prepositions) }),
                  deployment ? (next..<preposition).contains(where: { work.tokens[$0].number >= 0 })
                    : isSecondThing(next..<preposition, work) && (!direct || preposition == next),
                  !work.actors.contains(where: { $0.range.lowerBound >= end && $0.range.lowerBound < preposition }),
                  !work.hasClauseBreak(end..<preposition),
                  let place = work.actors.first(where: { $0.range.lowerBound == preposition + 1 }),
                  !deployment || [.state, .place].contains(context.kind(place.ids[0])) else { break }
            ids += place.ids
            end = relativeClauseEnd(after: place.range.upperBound, work) ?? place.range.upperBound
        }
        return ids.isEmpty ? nil : (ids, end)
    }

    /// Where a relative clause set off by commas right after token `index` ends: the token after
    /// its closing comma (", whose country signed a treaty with Moscow in January, and with ...");
    /// nil when none opens there or none closes within 30 tokens.
    private func relativeClauseEnd(after index: Int, _ work: SentenceWork) -> Int? {
        let isComma = { (at: Int) in work.tokens[at].mark == "," || work.tokens[at].mark == "،" }
        guard index + 1 < work.tokens.count, isComma(index), work.token(index + 1, isIn: .relativePronouns, lexicon: lexicon) else { return nil }
        return ((index + 2)..<min(index + 30, work.tokens.count)).first(where: isComma).map { $0 + 1 }
    }

    /// Whether `words` are up to three words of no function list that start no span.
    private func isSecondThing(_ words: Range<Int>, _ work: SentenceWork) -> Bool {
        words.count <= 3 && words.allSatisfy { index in
            work.tokens[index].isWord && work.tokens[index].number < 0 && work.spanIndex(startingAt: index) == nil
                && !lexicon.isAnyFunctionWord(work.tokens[index].word) && !lexicon.isAnyFunctionWord(work.tokens[index].readings.0.word)
        }
    }
}
