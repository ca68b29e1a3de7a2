import EntityGraph

/// Definite words after an Arabic event noun that name nothing: its adjectives and a genitive
/// with ل ("عمليات الإطلاق المتكررة للصواريخ الباليستية"), which a relative clause about the
/// event may follow.
extension FramePatterns {
    /// Whether token `index` is an Arabic word starting with the article, or with ل and the
    /// article, that starts no phrase of the lexicon and is no function word.
    func isDefiniteModifier(_ index: Int, _ work: SentenceWork) -> Bool {
        let token = work.tokens[index]
        guard token.isWord, token.number < 0, work.sentence.document.isArabic(token), work.spanIndex(startingAt: index) == nil,
              !lexicon.isAnyFunctionWord(token.word) else { return false }
        let word = NameFolding.fold(work.sentence.text(of: index))
        return word.hasPrefix("ال") || word.hasPrefix("لل")
    }
}
