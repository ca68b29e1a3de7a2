/// The words a frame requires after its trigger (`requires_after`): "gives Jordan about $1.45
/// billion in aid", "called the strike state terrorism".
extension FramePatterns {
    /// Whether the words a frame requires after its trigger (`requires_after`) stand within eight
    /// words of `end` (numbers and marks not counted: "gives Jordan about $1.45 billion in aid");
    /// true for frames that require none.
    func hasRequiredWords(_ frameIndex: Int, after end: Int, _ work: SentenceWork) -> Bool {
        let required = lexicon.frameRequiredWords[frameIndex]
        guard !required.isEmpty else { return true }
        var index = end, words = 0
        while index < work.tokens.count, words < 8 {
            if work.token(index, isOneOf: required) { return true }
            if work.tokens[index].isWord && work.tokens[index].number < 0 { words += 1 }
            index += 1
        }
        return false
    }
}
