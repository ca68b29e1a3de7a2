import EntityGraph

/// What a journalist tells after the speech is reported, opened by a word of list
/// `narration_openers` ("Pevkur said on Thursday, after Russian fighter jets violated Estonian
/// airspace"): no claim of the speaker's, so no criticism of theirs.
extension FramePatterns {
    /// Whether a word of list `narration_openers` stands between the last verb of speech before
    /// the trigger and the trigger.
    func isNarratedAfterSpeech(_ trigger: Span, _ work: SentenceWork) -> Bool {
        guard let verb = work.spans.last(where: { $0.range.upperBound <= trigger.range.lowerBound && $0.value == .function("speech_verbs") })
        else { return false }
        return (verb.range.upperBound..<trigger.range.lowerBound).contains { work.token($0, isInWordList: "narration_openers", lexicon: lexicon) }
    }
}
