/// Where an envoy or a mission is posted ("استدعاء سفيرها في مدريد", "recalled its ambassador in
/// Moscow", "opened its embassy in Kyiv"): the capital stands for the state the envoy or the
/// mission is accredited to.
extension FramePatterns {
    /// Whether an actor is the posting of a frame with `posting_place`, not where its event took
    /// place: right after the preposition that follows the trigger ending at `end`, or after one
    /// that follows a word the frame requires, with at most one word between ("سفارة بلاده في القدس").
    func isPosting(_ actor: Actor, _ frameIndex: Int, _ end: Int, _ work: SentenceWork) -> Bool {
        guard lexicon.frame(frameIndex).posting_place == true else { return false }
        let start = actor.range.lowerBound
        return start == end + 1
            || (max(end, start - 3)..<(start - 1)).contains { lexicon.frameRequiredWords[frameIndex].contains(work.tokens[$0].word) }
    }
}
