import EntityGraph

/// English adverbs in "-ly" that may stand between a verb and its subject or relative pronoun.
extension SentenceWork {
    /// Whether token `index` is a lower-case English adverb in "-ly" of six letters or more that
    /// no function list holds and no phrase holds alone ("repeatedly", "publicly"; "currently",
    /// also opening the phrase "currently chairs"; not "ally", a trigger).
    func isEnglishAdverb(_ index: Int, lexicon: Lexicon) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].isWord else { return false }
        let text = sentence.text(of: index)
        return text.count >= 6 && text.hasSuffix("ly") && text.first?.isLowercase == true && text.unicodeScalars.allSatisfy(\.isASCII)
            && spanIndex(startingAt: index).map({ spans[$0].range.count > 1 }) != false && !lexicon.isAnyFunctionWord(tokens[index].word)
    }
}
