import EntityGraph

/// Names in quotation marks after a noun of their kind or not ('وهاجمت حركة "إم 23" مدينة غوما',
/// 'هجوم "حزب الله" على حيفا'): the noun and the opening mark do not keep the verb or the event
/// noun before them from taking the name as subject or agent.
extension FramePatterns {
    /// Where the name starts when token `index` opens a quotation, or is a noun of list
    /// `organization_name_nouns` or `quoted_name_nouns` without a proclitic before one; else `index`.
    func quotedNameStart(at index: Int, _ work: SentenceWork) -> Int {
        if work.isQuotationMark(index) { return index + 1 }
        guard work.isQuotationMark(index + 1), work.tokens[index].isWord, work.spanIndex(startingAt: index) == nil,
              work.token(index, isIn: .organizationNameNouns, lexicon: lexicon) || work.token(index, isInWordList: "quoted_name_nouns", lexicon: lexicon)
        else { return index }
        return index + 2
    }
}
