import EntityGraph

/// A warning whose clause sets a condition on someone ("warned that Israel would respond
/// forcefully if Hezbollah violated it", "حذر من أن إسرائيل سترد بقوة إذا انتهك حزب الله
/// الاتفاق"): the one the condition names is threatened; so is the one the clause says will
/// bear the consequences ("محذرا من أن اليابان ستتحمل كل العواقب", "warned that Tokyo would pay
/// a heavy price"); a retaliation whose condition follows it threatens the one the condition names
/// ("China will take countermeasures if Japan continues").
extension FramePatterns {
    /// The first fitting actor within three tokens after a word of `conditionals` that stands in
    /// the sixteen tokens from `start`, with no full stop before it.
    func conditionTarget(after start: Int, _ work: SentenceWork, fits: (Actor) -> Bool) -> Actor? {
        let end = min(start + 16, work.tokens.count)
        guard start < end, let condition = (start..<end).first(where: { work.token($0, isIn: .conditionals, lexicon: lexicon) }),
              !(start..<condition).contains(where: { work.isFullStop($0) }) else { return nil }
        return work.actors.first { $0.range.lowerBound > condition && $0.range.lowerBound <= condition + 3 && fits($0) }
    }

    /// The fitting actor that opens the clause at token `start` (within three tokens), with a
    /// word of list `consequence_nouns` in the six tokens after it and no full stop between.
    func consequenceBearer(after start: Int, _ work: SentenceWork, fits: (Actor) -> Bool) -> Actor? {
        guard let bearer = work.actors.first(where: { (start...(start + 3)).contains($0.range.lowerBound) }), fits(bearer) else { return nil }
        let end = min(bearer.range.upperBound + 6, work.tokens.count)
        for index in bearer.range.upperBound..<end {
            if work.isFullStop(index) { return nil }
            if work.token(index, isInWordList: "consequence_nouns", lexicon: lexicon) { return bearer }
        }
        return nil
    }

    /// Whether a condition opens at token `start` or after at most two words that name no one
    /// ("will retaliate if Israel attacks", "سترد بقوة إذا هاجمت إسرائيل").
    func opensCondition(at start: Int, _ work: SentenceWork) -> Bool {
        guard start < work.tokens.count, let condition = (start..<min(start + 3, work.tokens.count)).first(where: { work.token($0, isIn: .conditionals, lexicon: lexicon) }) else { return false }
        return !(start..<condition).contains { index in !work.tokens[index].isWord || work.actors.contains { $0.range.contains(index) } }
    }

    /// Whether a clause opens at token `start`: a complementizer ("that", "أن"), also after one of
    /// the frame's complement words ("من أن").
    func opensContentClause(at start: Int, frame frameIndex: Int, _ work: SentenceWork) -> Bool {
        work.token(start, isIn: .complementizers, lexicon: lexicon)
            || (start < work.tokens.count && lexicon.frameComplementWords[frameIndex].contains(work.tokens[start].word)
                && work.token(start + 1, isIn: .complementizers, lexicon: lexicon))
    }
}
