import EntityGraph

/// Function lists with no bit of their own (`accord_nouns`, `role_nouns`, `pending_nouns`,
/// `delegation_nouns`, `mediation_words`, `between_pronouns`, `member_count_nouns`, `any_words`,
/// `role_prepositions`), read word by word by the rules that need them.
extension SentenceWork {
    /// Whether token `index` is, as written or after a proclitic, a word of the word-only function
    /// list `name` (folded, case ignored: `Lexicon.wordLists`).
    func token(_ index: Int, isInWordList name: String, lexicon: Lexicon) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].wordLists & lexicon.wordLists.bit(name) != 0
    }
}
