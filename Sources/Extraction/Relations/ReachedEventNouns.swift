import EntityGraph

/// An event noun an Arabic verb reaches through إلى ("توصل لبنان عام 2022 إلى اتفاق مع إسرائيل",
/// "وكان لبنان قد توصل إلى اتفاق"): the verb's subject holds the event, with a time phrase or a
/// bare year between them.
extension FramePatterns {
    /// Whether only an aside, a time phrase (a year after a word of `year_words` too) and إلى
    /// stand between token `index` and the event noun `trigger`.
    func reachesEventNoun(from index: Int, _ trigger: Span, _ work: SentenceWork) -> Bool {
        var next = work.skippingTimePhrase(work.skippingAside(index))
        if work.token(next, isIn: .yearWords, lexicon: lexicon), next + 1 < work.tokens.count,
           (1900...2100).contains(work.tokens[next + 1].number) { next += 2 }
        return next == trigger.range.lowerBound || (next + 1 == trigger.range.lowerBound && work.token(next, is: lexicon.keywords.to))
    }

    /// Whether an event verb and إلى stand right before the event noun `trigger` ("قد توصل إلى اتفاق").
    func followsEventVerbAndTo(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        return work.token(start - 1, is: lexicon.keywords.to) && work.token(start - 2, isIn: .eventVerbs, lexicon: lexicon)
    }
}
