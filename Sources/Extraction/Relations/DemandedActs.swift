import EntityGraph

/// What a request asks for when its complement follows the verb with no addressee between
/// ("تطالب باستقلال الصحراء الغربية", "وتطالب الرياض بانسحاب إسرائيل").
extension FramePatterns {
    /// Whether a request's complement opens at token `start` with no one named as the addressee:
    /// the complement word is followed by no actor, or by a place, whose independence or future is
    /// asked for ("تطالب باستقلال الصحراء الغربية"); not by a state or group, whose own act is
    /// demanded of it ("بانسحاب إسرائيل": Israel is asked), right after the word or after a noun in
    /// construct with it ("بنزع سلاح حزب الله": Hezbollah is asked).
    func asksNoOne(at start: Int, frame frameIndex: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard opensComplement(at: start, frame: frameIndex, work) else { return false }
        let inConstruct = start + 1 < work.tokens.count && work.tokens[start + 1].isWord && work.spanIndex(startingAt: start + 1) == nil
            && !work.token(start + 1, isOneOf: lexicon.keywords.prepositions)
        let named = work.actors.first { $0.range.lowerBound == start + 1 || (inConstruct && $0.range.lowerBound == start + 2 && $0.clitic.isEmpty) }
        return named.map { context.kind($0.ids[0]) == .place } ?? true
    }
}
