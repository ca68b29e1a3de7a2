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
