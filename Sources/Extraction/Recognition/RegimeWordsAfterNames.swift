/// English regime words after a ruler's name: "the Lukashenko regime", "Lukashenko's regime",
/// "Prime Minister Andrej Plenkovic's conservative government".
extension SentenceWork {
    /// Whether a word of list `regime_words` follows a name that ends before token `end`: right
    /// after it, or after its possessive and at most one plain lower-case word.
    func regimeWordFollows(nameEndingBefore end: Int) -> Bool {
        guard end < tokens.count else { return false }
        if token(end, isIn: .regimeWords, lexicon: lexicon) { return true }
        guard let possessive = possessiveLength(at: end), end + possessive < tokens.count else { return false }
        let next = end + possessive
        return token(next, isIn: .regimeWords, lexicon: lexicon)
            || next + 1 < tokens.count && isPlainLowercaseWord(next) && token(next + 1, isIn: .regimeWords, lexicon: lexicon)
    }
}
