/// Where an envoy is posted ("استدعاء سفيرها في مدريد", "recalled its ambassador in Moscow"):
/// the capital stands for the state the envoy is accredited to.
extension FramePatterns {
    /// Whether an actor right after the preposition that follows the trigger ending at `end` is
    /// the posting of a frame with `posting_place`, not where its event took place.
    func isPosting(_ actor: Actor, _ frameIndex: Int, _ end: Int) -> Bool {
        lexicon.frame(frameIndex).posting_place == true && actor.range.lowerBound == end + 1
    }
}
