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
}
