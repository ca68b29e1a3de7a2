import EntityGraph

/// A count of members in the object slot ("وتضم "إيكواس" ... 12 دولة بعد خروج الدول الثلاث"):
/// the count is the object, and an actor after it is not, unless the count opens the list of
/// those it counts ("10 دول هي روسيا والصين والهند") or a list of examples follows it ("وتضم
/// "آسيان" الآن 11 دولة، منها إندونيسيا والفلبين", "10 countries, including Russia"): the list's
/// first actor is then the object.
extension FramePatterns {
    /// Pronouns that name what a count counts right after it.
    private static let countedPronouns: Set<String> = ["هي", "هم", "وهي", "وهم"]
    /// Words that open a list of some of those a count counts, besides lists `example_markers`
    /// and `inclusion_markers`.
    private static let partitiveWords: Set<String> = ["منها", "بينها", "منهم", "بينهم"]

    /// Whether a number and a word of list `member_count_nouns` stand in `range`, followed by a
    /// word that neither names what they count nor opens a list of examples.
    func passesCount(_ range: Range<Int>, _ work: SentenceWork) -> Bool {
        range.contains { index in
            guard work.tokens[index].number >= 0, index + 2 < work.tokens.count,
                  work.token(index + 1, isInWordList: "member_count_nouns", lexicon: lexicon), work.tokens[index + 2].isWord else { return false }
            if Self.countedPronouns.contains(NameFolding.fold(work.sentence.text(of: index + 2))) { return false }
            if let span = work.spanIndex(startingAt: index + 2),
               [.function("example_markers"), .function("inclusion_markers")].contains(work.spans[span].value) { return false }
            return true
        }
    }

    /// The first actor of the list of examples after a count within four tokens of `start`, its
    /// comma allowed ("11 دولة، منها إندونيسيا"), if one follows.
    func countedListStart(from start: Int, _ work: SentenceWork) -> Actor? {
        let limit = min(start + 4, work.tokens.count - 2)
        guard start < limit, let count = (start..<limit).first(where: {
            work.tokens[$0].number >= 0 && work.token($0 + 1, isInWordList: "member_count_nouns", lexicon: lexicon)
        }) else { return nil }
        var marker = count + 2
        if work.tokens[marker].mark == "," || work.tokens[marker].mark == "،" { marker += 1 }
        guard marker < work.tokens.count else { return nil }
        let listStart: Int
        if let span = work.spanIndex(startingAt: marker),
           [.function("example_markers"), .function("inclusion_markers")].contains(work.spans[span].value) {
            listStart = work.spans[span].range.upperBound
        } else if work.tokens[marker].isWord, Self.partitiveWords.contains(NameFolding.fold(work.sentence.text(of: marker))) {
            listStart = marker + 1
        } else {
            return nil
        }
        return work.actors.first { $0.range.lowerBound == listStart }
    }
}
