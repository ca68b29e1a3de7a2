import EntityGraph

/// A plural noun subject that names no one itself but lists, between commas after a marker of
/// examples, the actors it includes ("وانتقدت دول عربية، بينها مصر والأردن، إسرائيل", "وكانت
/// منظمات حقوقية، بينها منظمة العفو الدولية، قد انتقدت اتفاقات مالطا"): those actors act.
extension FramePatterns {
    /// The actors listed as examples of the plural noun right after an Arabic verb, or of the
    /// plural noun that opens the clause before it ("قد" allowed before the verb), with where
    /// the list starts and where the subject ends (past the comma closing the list after the
    /// verb); nil when the noun names an actor or no such list is there.
    func includedSubjects(of trigger: Span, _ work: SentenceWork, context: DocumentContext) -> (ids: [String], start: Int, end: Int)? {
        if let after = listedAfterGroupNoun(from: trigger.range.upperBound, maxWords: 3, work),
           work.isComma(after.end) {
            return (after.ids, after.start, after.end + 1)
        }
        var close = trigger.range.lowerBound - 1
        if close >= 0, NameFolding.fold(work.sentence.text(of: close)) == "قد" { close -= 1 }
        guard work.isComma(close), let last = work.actors.last(where: { $0.range.upperBound == close }) else { return nil }
        let list = work.coordinatedBefore(last, keywords: lexicon.keywords, kind: context.kind)
        guard let marker = examplesMarker(endingAt: list.start, work), work.isComma(marker - 1) else { return nil }
        var open = marker - 1
        while open > 0, work.tokens[open - 1].isWord { open -= 1 }
        guard let before = listedAfterGroupNoun(from: open, maxWords: 4, work), before.start == list.start else { return nil }
        return (list.ids, list.start, close)
    }

    /// The list after an indefinite noun of one to `maxWords` words that name no actor ("دول
    /// عربية", not "القوات الفرنسية"), a comma and a marker of examples, starting at `start`.
    private func listedAfterGroupNoun(from start: Int, maxWords: Int, _ work: SentenceWork) -> (ids: [String], start: Int, end: Int)? {
        var comma = start
        while comma < work.tokens.count, work.tokens[comma].isWord, comma - start <= maxWords { comma += 1 }
        guard comma > start, comma - start <= maxWords, work.isComma(comma),
              !work.actors.contains(where: { $0.range.overlaps(start..<comma) }), !work.sentence.document.startsWithArticle(work.tokens[start]),
              let listStart = examplesStart(at: comma + 1, work),
              let first = work.actors.first(where: { $0.range.lowerBound == listStart }) else { return nil }
        let list = work.coordinated(from: first, keywords: lexicon.keywords)
        return (list.ids, listStart, list.end)
    }

    /// Where the marker of examples that ends at token `end` starts (a word of list
    /// `partitive_words` or a phrase of `example_markers` / `inclusion_markers`), if one does:
    /// the actors listed after it are examples of a group, each acting alone ("Several countries,
    /// including Antigua and Barbuda and Dominica, have agreed to": not with each other).
    func examplesMarker(endingAt end: Int, _ work: SentenceWork) -> Int? {
        if let span = work.spans.first(where: { $0.range.upperBound == end }),
           [.function("example_markers"), .function("inclusion_markers")].contains(span.value) {
            return span.range.lowerBound
        }
        return end > 0 && work.token(end - 1, isInWordList: "partitive_words", lexicon: lexicon) ? end - 1 : nil
    }
}
