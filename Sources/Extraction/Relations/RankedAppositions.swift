import EntityGraph

/// A description in apposition that ranks its head among others before the event noun ("تركيا،
/// أحد أبرز داعمي الإدارة الجديدة", "تركيا، أبرز داعمي سوريا"): the head is the noun's subject.
extension FramePatterns {
    /// The comma before one or two words of `ranking_words` that stand right before an Arabic
    /// trigger with no clitic.
    func rankedAppositionComma(of trigger: Span, _ work: SentenceWork) -> Int? {
        var cursor = trigger.range.lowerBound - 1
        guard trigger.clitic.isEmpty, work.token(cursor, isInWordList: "ranking_words", lexicon: lexicon) else { return nil }
        if work.token(cursor - 1, isInWordList: "ranking_words", lexicon: lexicon) { cursor -= 1 }
        return cursor >= 1 && work.tokens[cursor - 1].mark == "،" ? cursor - 1 : nil
    }
}
