import EntityGraph

/// Words the lexicon does not know, which may be names the document introduces.
extension SentenceWork {
    /// Whether token `index` is a word, no number, that starts no span and that no lexicon phrase
    /// or function list holds.
    func isUnknownWord(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].isWord, tokens[index].number < 0,
              spanIndex(startingAt: index) == nil else { return false }
        return tokens[index].word >= Int32(lexicon.words.count)
    }

    /// Whether token `index` is a word the lexicon holds that no span covers and no function list
    /// has: a word of a name the lexicon does not know ("Red" of "Red Electrica", a surname
    /// spelled like a word of a longer known name).
    func isFreeKnownWord(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].isWord && tokens[index].number < 0
            && !spans.contains { $0.range.contains(index) } && !lexicon.isAnyFunctionWord(tokens[index].word)
    }
}
