import EntityGraph

/// A count of members in the object slot ("وتضم "إيكواس" ... 12 دولة بعد خروج الدول الثلاث"):
/// the count is the object, and an actor after it is not, unless the count opens the list of
/// those it counts (list `count_appositives`: "10 دول هي روسيا والصين والهند") or a list of
/// examples follows it (lists `partitive_words`, `example_markers`, `inclusion_markers`: "وتضم
/// "آسيان" الآن 11 دولة، منها إندونيسيا والفلبين", "10 countries, including Russia"): the list's
/// first actor is then the object.
extension FramePatterns {
    /// Whether a number and a word of list `member_count_nouns` stand in `range`, followed by a
    /// word that neither names what they count nor opens a list of examples.
    func passesCount(_ range: Range<Int>, _ work: SentenceWork) -> Bool {
        range.contains { index in
            guard countsMembers(at: index, work), work.tokens[index + 2].isWord else { return false }
            return !work.token(index + 2, isInWordList: "count_appositives", lexicon: lexicon) && examplesStart(at: index + 2, work) == nil
        }
    }

    /// The first actor of the list of examples after a count within four tokens of `start`, its
    /// comma allowed ("11 دولة، منها إندونيسيا"), if one follows.
    func countedListStart(from start: Int, _ work: SentenceWork) -> Actor? {
        let limit = min(start + 4, work.tokens.count - 2)
        guard start < limit, let count = (start..<limit).first(where: { countsMembers(at: $0, work) }) else { return nil }
        var marker = count + 2
        if work.tokens[marker].mark == "," || work.tokens[marker].mark == "،" { marker += 1 }
        guard let listStart = examplesStart(at: marker, work) else { return nil }
        return work.actors.first { $0.range.lowerBound == listStart }
    }

    /// The first actor of a list of examples after one to four plain words that name no one (a
    /// nisba allowed) right after `start`, its comma allowed ("designated six Mexican cartels,
    /// including the Sinaloa cartel and", "عدة فصائل، منها"), if one follows.
    func examplesAfterNoun(from start: Int, _ work: SentenceWork) -> Actor? {
        var index = start
        while index < min(start + 4, work.tokens.count), work.tokens[index].isWord,
              !work.actors.contains(where: { $0.range.contains(index) }) || work.spanIndex(startingAt: index).map({ work.spans[$0].value.isNisba }) == true {
            index += 1
        }
        guard index > start, index < work.tokens.count else { return nil }
        if work.tokens[index].mark == "," || work.tokens[index].mark == "،" { index += 1 }
        guard var listStart = examplesStart(at: index, work) else { return nil }
        if work.token(listStart, isOneOf: lexicon.keywords.articles) { listStart += 1 }
        return work.actors.first { $0.range.lowerBound == listStart }
    }

    /// Whether token `index` is a number followed by a word of list `member_count_nouns` and one
    /// more token ("12 دولة", "10 countries").
    private func countsMembers(at index: Int, _ work: SentenceWork) -> Bool {
        index + 2 < work.tokens.count && work.tokens[index].number >= 0
            && work.token(index + 1, isInWordList: "member_count_nouns", lexicon: lexicon)
    }

    /// Where a list of examples starts when a word of list `partitive_words` or a phrase of
    /// `example_markers` / `inclusion_markers` opens at token `index`; nil otherwise.
    func examplesStart(at index: Int, _ work: SentenceWork) -> Int? {
        guard index < work.tokens.count else { return nil }
        if let span = work.spanIndex(startingAt: index),
           [.function("example_markers"), .function("inclusion_markers")].contains(work.spans[span].value) {
            return work.spans[span].range.upperBound
        }
        return work.token(index, isInWordList: "partitive_words", lexicon: lexicon) ? index + 1 : nil
    }
}
