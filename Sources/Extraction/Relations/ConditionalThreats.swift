import EntityGraph

/// A warning whose clause sets a condition on someone ("warned that Israel would respond
/// forcefully if Hezbollah violated it", "حذر من أن إسرائيل سترد بقوة إذا انتهك حزب الله
/// الاتفاق"): the one the condition names is threatened.
extension FramePatterns {
    /// The first fitting actor within three tokens after a word of `conditionals` that stands in
    /// the sixteen tokens from `start`, with no full stop before it.
    func conditionTarget(after start: Int, _ work: SentenceWork, fits: (Actor) -> Bool) -> Actor? {
        let end = min(start + 16, work.tokens.count)
        guard start < end, let condition = (start..<end).first(where: { work.token($0, isIn: .conditionals, lexicon: lexicon) }),
              !(start..<condition).contains(where: { work.isFullStop($0) }) else { return nil }
        return work.actors.first { $0.range.lowerBound > condition && $0.range.lowerBound <= condition + 3 && fits($0) }
    }

    /// Whether a clause opens at token `start`: a complementizer ("that", "أن"), also after one of
    /// the frame's complement words ("من أن").
    func opensContentClause(at start: Int, frame frameIndex: Int, _ work: SentenceWork) -> Bool {
        work.token(start, isIn: .complementizers, lexicon: lexicon)
            || (start < work.tokens.count && lexicon.frameComplementWords[frameIndex].contains(work.tokens[start].word)
                && work.token(start + 1, isIn: .complementizers, lexicon: lexicon))
    }
}
