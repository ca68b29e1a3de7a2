import EntityGraph

/// English portfolios written after the title with "for" or "of" ("Singapore's Minister for
/// Trade and Industry Gan Kim Yong"): capitalised words of list `portfolio_words`, joined by
/// "and", "&" or commas, stand between the title and the holder's name.
extension RoleRecognizer {
    /// The token after such a portfolio opening at token `index` ("for" / "of"), when a
    /// capitalised word (the name) follows it; nil otherwise ("the Minister for Trade said").
    func englishPortfolioEnd(at index: Int, _ work: SentenceWork) -> Int? {
        guard index + 2 < work.tokens.count,
              work.token(index, is: lexicon.keywords.of) || work.token(index, is: lexicon.keywords.forEnglish) else { return nil }
        let isPortfolioWord = { (position: Int) in
            position < work.tokens.count && self.isLatinWord(position, capital: true, work)
                && work.token(position, isInWordList: "portfolio_words", lexicon: self.lexicon)
        }
        var cursor = index + 1
        var end: Int?
        while cursor < work.tokens.count {
            if isPortfolioWord(cursor) {
                cursor += 1
                end = cursor
            } else if end != nil, work.token(cursor, is: lexicon.keywords.and) || work.tokens[cursor].mark == "&" || work.tokens[cursor].mark == ",",
                      isPortfolioWord(cursor + 1) {
                cursor += 1
            } else {
                break
            }
        }
        guard let end, end < work.tokens.count, isLatinWord(end, capital: true, work), !isPortfolioWord(end) else { return nil }
        return end
    }
}
