import EntityGraph

/// States named with "مع" / "with" or "إلى جانب" / "along with" next to a membership word and
/// its bloc ("تعد الدولتان عضوين مع طاجيكستان وقرغيزستان في منظمة شنغهاي للتعاون", "انضمت فنلندا
/// مع السويد إلى الحلف", "part of the Visegrad Group with Poland and Hungary"): members of the
/// bloc too.
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

    /// States named after what a membership is in with "إلى جانب" / "along with" ("انضمت مصر إلى
    /// بريكس في يناير 2024، إلى جانب إثيوبيا وإيران"; words and commas between, no actor), or
    /// right after it with "with" / "مع" when the list ends the clause ("part of the Visegrad
    /// Group with Poland and Hungary."; not before a relative clause about the last of them:
    /// "with Russia, which it borders"): they are members too.
    func coMembers(after end: Int, _ work: SentenceWork, context: DocumentContext) -> [String] {
        if work.token(end, isOneOf: lexicon.keywords.withWords), let first = work.actors.first(where: { $0.range.lowerBound == end + 1 }) {
            let list = work.coordinated(from: first, keywords: lexicon.keywords)
            guard list.end >= work.tokens.count || work.isFullStop(list.end)
                    || work.isClauseBreak(list.end) && !work.token(list.end + 1, isIn: .relativePronouns, lexicon: lexicon) else { return [] }
            return list.ids.filter { context.kind($0) == .state }
        }
        guard let marker = work.spans.first(where: { span in
            span.range.lowerBound >= end && span.range.lowerBound <= end + 6 && span.value == .function("co_subject_markers")
        }), (end..<marker.range.lowerBound).allSatisfy({ index in
            work.tokens[index].isWord ? work.firstActor(in: index..<(index + 1)) == nil : [",", "،"].contains(work.tokens[index].mark)
        }), let first = work.firstActor(in: marker.range.upperBound..<(marker.range.upperBound + 2)) else { return [] }
        return work.coordinated(from: first, keywords: lexicon.keywords).ids.filter { context.kind($0) == .state }
    }
}
