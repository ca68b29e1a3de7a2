import EntityGraph

/// Arabic parties and movements the lexicon does not know, named by their noun, one to three
/// words with the article and their state's nisba: "حزب الشعب المنغولي", "حركة النهضة التونسية".
extension CompanyNames {
    /// Replaces each such name by one span of a new organisation, part of the nisba's state: a
    /// noun of list `founder_named_nouns` ("حزب", "حركة") that starts no span, one to three
    /// Arabic words with the article that no span covers and no function list holds (the
    /// second or third may be joined by و: "حزب العدالة والتنمية التركي"), then the nisba with
    /// the article and no proclitic. The nisba is part of the name; without one the words may
    /// describe the party ("حزب المعارضة الرئيسي") and make no name.
    func recognizeArabicParties(_ work: SentenceWork, context: DocumentContext) {
        let bit = lexicon.wordLists.bit("founder_named_nouns")
        for head in work.tokens.indices where work.tokens[head].wordLists & bit != 0 && work.spanIndex(startingAt: head) == nil {
            var end = head + 1
            while end < work.tokens.count, end - head <= 3, isUnknownDefiniteWord(end, joined: end > head + 1, work) { end += 1 }
            guard end > head + 1, !work.spans.contains(where: { $0.range.contains(head) }),
                  let nisba = work.spanIndex(startingAt: end), case .nisba(let state) = work.spans[nisba].value,
                  work.spans[nisba].clitic.isEmpty, work.spans[nisba].range.count == 1,
                  work.sentence.document.startsWithArticle(work.tokens[end]) else { continue }
            let range = head..<(end + 1)
            let id = context.discoverOrganization(work.sentence, range)
            work.spans.remove(at: nisba)
            work.addSpans([Span(range: range, value: .entity(id), clitic: "")])
            context.emit(id, .partOf, state, sentence: work.sentence, tokens: range.lowerBound...end, rule: "party_of_state", confidence: 0.8)
        }
    }

    /// Whether token `index` is an Arabic word with the article (after و when `joined`) that no
    /// span covers and no function list holds.
    private func isUnknownDefiniteWord(_ index: Int, joined: Bool, _ work: SentenceWork) -> Bool {
        guard work.isUncoveredArabicWord(index) else { return false }
        let folded = NameFolding.fold(work.sentence.text(of: index))
        return folded.hasPrefix("ال") || joined && folded.hasPrefix("وال")
    }
}
