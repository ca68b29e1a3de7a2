import EntityGraph

/// The second part of a double-barrelled surname written in Arabic letters with a glued hyphen
/// ("بياته ماينل-رايزينغر"): it belongs to the name a title introduced, as "Fils-Aime" does in
/// Latin letters. Neither part carries the article, and the second names no state.
extension RoleRecognizer {
    /// Whether token `index` is a glued hyphen between two Arabic words of one name.
    func isArabicHyphenatedPart(_ index: Int, _ work: SentenceWork) -> Bool {
        guard PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, index), work.tokens[index - 1].isWord, work.tokens[index + 1].isWord
        else { return false }
        let document = work.sentence.document
        guard document.isArabic(work.tokens[index - 1]), document.isArabic(work.tokens[index + 1]),
              !document.startsWithArticle(work.tokens[index - 1]), !document.startsWithArticle(work.tokens[index + 1]) else { return false }
        guard let span = work.spanIndex(startingAt: index + 1) else { return true }
        switch work.spans[span].value {
        case .nisba: return false
        case .entity(let id): return lexicon.entities[id]?.kind != .state
        default: return true
        }
    }
}
