import EntityGraph

/// States named after "مع" between a membership word and its bloc ("تعد الدولتان عضوين مع
/// طاجيكستان وقرغيزستان في منظمة شنغهاي للتعاون", "انضمت فنلندا مع السويد إلى الحلف"): members
/// of the bloc too.
extension FramePatterns {
    /// The states listed right after "مع" at token `start`, when one of the frame's prepositions
    /// follows the list (the bloc comes next); none otherwise.
    func coMembersWith(from start: Int, frame frameIndex: Int, _ work: SentenceWork, context: DocumentContext) -> [String] {
        guard work.token(start, is: lexicon.keywords.with), let first = work.actors.first(where: { $0.range.lowerBound == start + 1 })
        else { return [] }
        let list = work.coordinated(from: first, keywords: lexicon.keywords)
        guard work.token(list.end, isOneOf: lexicon.framePrepositions[frameIndex]) else { return [] }
        return list.ids.filter { context.kind($0) == .state }
    }
}
