import EntityGraph

/// The side a signatory signs for, written before the title ("ووقعها عن الجانب اللبناني وزير
/// الأشغال العامة فايز رسامني", "وعن قبرص وزير الطاقة"): the title is held in that state.
extension RoleRecognizer {
    /// The state named right before the title at span `index` after a word of list
    /// `behalf_words` ("عن"), by its nisba after a word of list `side_nouns` ("الجانب") or by
    /// its name, with the span that names it.
    func signingSide(before index: Int, _ work: SentenceWork, context: DocumentContext) -> (id: String, span: Int)? {
        guard index > 0 else { return nil }
        let previous = work.spans[index - 1]
        guard previous.range.upperBound == work.spans[index].range.lowerBound else { return nil }
        var start = previous.range.lowerBound
        let state: String
        switch previous.value {
        case .nisba(let found) where work.token(start - 1, isInWordList: "side_nouns", lexicon: lexicon):
            (state, start) = (found, start - 1)
        case .entity(let found) where context.kind(found) == .state:
            state = found
        default:
            return nil
        }
        return work.token(start - 1, isInWordList: "behalf_words", lexicon: lexicon) ? (state, index - 1) : nil
    }

    /// The token after the definite words of a portfolio that start at `index` ("الأشغال العامة
    /// والنقل فايز رسامني": the name after them), at most four words that start no span but an
    /// event word's ("النقل"), a function word's or an institution's ("الإدارة الإقليمية").
    func definitePortfolioEnd(from index: Int, _ work: SentenceWork) -> Int {
        var end = index
        while end < min(work.tokens.count, index + 4), work.tokens[end].isWord,
              work.spanIndex(startingAt: end).map({ span in
                  switch work.spans[span].value {
                  case .function, .institution: return true // "وزير الإدارة الإقليمية": the administration is the portfolio
                  default: return work.spans[span].isEventWord
                  }
              }) ?? true,
              ["ال", "وال", "لل"].contains(where: { NameFolding.fold(work.sentence.text(of: end)).hasPrefix($0) }) { end += 1 }
        return end
    }
}
