import EntityGraph

/// The frame a trigger word reads in its sentence: a word shared by several frames is listed
/// under the first, and the next ones down its `or_frame` chain take it when their required
/// words follow ("أغلقت مجالها الجوي" is past the border's frame; "أرسلت قوات" is a sending of
/// troops, not of aid).
extension FramePatterns {
    /// The first frame down the `or_frame` chain of frame `frameIndex` whose required words
    /// follow token `end`; nil when none does.
    func alternativeFrame(of frameIndex: Int, after end: Int, _ work: SentenceWork) -> Int? {
        var alternative = lexicon.frameAlternative[frameIndex]
        while let next = alternative {
            if !lexicon.frameRequiredWords[next].isEmpty, hasRequiredWords(next, after: end, work) { return next }
            alternative = lexicon.frameAlternative[next]
        }
        return nil
    }

    /// The frame a trigger span reads: its own, or the one its `or_frame` chain leads to.
    func appliedFrame(of trigger: Span, _ work: SentenceWork) -> Int? {
        guard case .trigger(var frame) = trigger.value else { return nil }
        while let next = alternativeFrame(of: frame, after: trigger.range.upperBound, work) { frame = next }
        return frame
    }
}
