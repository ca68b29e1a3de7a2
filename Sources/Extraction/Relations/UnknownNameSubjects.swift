import EntityGraph

/// An English verb whose subject is a name the lexicon does not know ("Lithuania pledges
/// support for Moldova's EU path as Popsoi visits Vilnius"): no one named further back is its
/// subject.
extension FramePatterns {
    /// Whether a capitalised word that starts no phrase of the lexicon, is of no function list
    /// (not "Friday") and is part of no actor stands right before a lower-case English verb, after
    /// a comma, a clause opener, "and" or "as" (not "evade Western sanctions", "EU's Kos
    /// presses"); a title-case headline, where every word is capitalised, is not read so.
    func hasUnknownNameBefore(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let index = trigger.range.lowerBound - 1
        guard index > 1, work.tokens[index].isWord, work.spanIndex(startingAt: index) == nil,
              work.tokens[index - 1].mark == "," || work.opensClause(index - 1) || work.token(index - 1, is: lexicon.keywords.and)
                || work.sentence.text(of: index - 1) == "as",
              work.sentence.text(of: trigger.range.lowerBound).first?.isLowercase == true,
              work.startsLatin(index, capital: true), !lexicon.isAnyFunctionWord(work.tokens[index].word) else { return false }
        return !work.actors.contains { $0.range.contains(index) }
    }
}
