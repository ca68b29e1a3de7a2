import EntityGraph

/// An English prepositional phrase that opens a clause and ends at a comma ("In a statement
/// issued by her Awami League party, Hasina rejected ... and accused"): what it names is no
/// subject of the clause's verbs.
extension FramePatterns {
    /// The comma that ends a phrase opened by an English preposition right after token `index`
    /// (the sentence's start when -1), before token `end`; `index` itself when there is none.
    func openingPhraseEnd(after index: Int, before end: Int, _ work: SentenceWork) -> Int {
        let first = index + 1
        guard first < end, work.startsLatin(first, capital: true),
              work.token(first, isOneOf: lexicon.keywords.prepositions) || work.token(first, isOneOf: lexicon.keywords.locative)
        else { return index }
        return (first..<end).first { work.tokens[$0].mark == "," } ?? index
    }
}

/// An Arabic time clause that opens the sentence and ends at a comma ("ومنذ سقوط نظام بشار الأسد
/// في ديسمبر 2024، توغل الجيش الإسرائيلي ...، وشن"): what it names is no subject of the main
/// clause's verbs.
extension FramePatterns {
    /// The comma before token `end` that ends a phrase opened by a word of list `deed_time_words`
    /// ("منذ", "بعد", "قبل") as the sentence's first word, when an actor follows that comma before
    /// `end`; -1 when there is none.
    func arabicTimeClauseEnd(before end: Int, _ work: SentenceWork) -> Int {
        guard end > 0, work.token(0, isInWordList: "deed_time_words", lexicon: lexicon),
              let comma = (1..<end).first(where: { work.tokens[$0].mark == "،" }),
              work.actors.contains(where: { $0.range.lowerBound > comma && $0.range.upperBound <= end }) else { return -1 }
        return comma
    }
}
