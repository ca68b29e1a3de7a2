import EntityGraph

/// A second bloc of a membership named with its preposition repeated ("عضو في منظمة معاهدة الأمن
/// الجماعي التي تقودها روسيا، وفي الاتحاد الاقتصادي الأوراسي", "a member of the CSTO and of the
/// Eurasian Economic Union"): it is an object of the frame too.
extension FramePatterns {
    /// The alliances after `object` that "و" or "and" and one of the frame's prepositions open,
    /// right after it or after a comma within twelve tokens, with no full stop between, for a
    /// membership frame; and where the last ends. Nil when there is none.
    func blocsWithRepeatedPreposition(after object: Actor, _ frameIndex: Int, _ work: SentenceWork,
                                      context: DocumentContext) -> (ids: [String], end: Int)? {
        guard RelationType(lexicon.frames[frameIndex].type) == .memberOf, context.kind(object.ids[0]) == .alliance else { return nil }
        let prepositions = lexicon.framePrepositions[frameIndex]
        var ids: [String] = [], end = object.range.upperBound, cursor = end
        while cursor < min(end + 12, work.tokens.count), !work.isFullStop(cursor) {
            let opensRepeat = cursor == end || (cursor > 0 && (work.tokens[cursor - 1].mark == "،" || work.tokens[cursor - 1].mark == ","))
            let token = work.tokens[cursor]
            var preposition: Int?
            if token.readings.0.clitic == ArabicClitics.waw, prepositions.contains(token.readings.0.word) {
                preposition = cursor
            } else if work.token(cursor, is: lexicon.keywords.and), work.token(cursor + 1, isOneOf: prepositions) {
                preposition = cursor + 1
            }
            guard opensRepeat, let preposition, let bloc = work.actors.first(where: {
                $0.range.lowerBound == preposition + 1 || ($0.range.lowerBound == preposition + 2 && work.token(preposition + 1, is: lexicon.keywords.the))
            }), context.kind(bloc.ids[0]) == .alliance else {
                cursor += 1
                continue
            }
            ids += bloc.ids
            (end, cursor) = (bloc.range.upperBound, bloc.range.upperBound)
        }
        return ids.isEmpty ? nil : (ids, end)
    }
}
