import EntityGraph

/// Arabic companies the lexicon does not know: "شركة دانة غاز الإماراتية".
extension CompanyNames {
    /// Replaces the name after a noun of list `company_head_nouns` ("شركة", "بنك") by one span of a
    /// new organisation, part of the state whose nisba closes it: one to three Arabic words that
    /// start no span, are of no function list and have no article, then the nisba with the
    /// article, which only a proper name makes agree ("شركة دانة غاز الإماراتية"; "شركة خاصة
    /// إماراتية" names none).
    func recognizeArabic(_ work: SentenceWork, context: DocumentContext) {
        let bit = lexicon.wordLists.bit("company_head_nouns")
        for head in work.tokens.indices where work.tokens[head].wordLists & bit != 0 {
            var end = head + 1
            while end < work.tokens.count, end - head <= 3, isUnknownArabicWord(end, work) { end += 1 }
            if end == head + 1, renameStateOpeningCompany(after: head, work, context: context) { continue }
            guard end > head + 1, let nisba = work.spanIndex(startingAt: end), case .nisba(let state) = work.spans[nisba].value,
                  work.spans[nisba].clitic.isEmpty, work.sentence.document.startsWithArticle(work.tokens[end]) else { continue }
            let range = (head + 1)..<end
            let id = context.discoverOrganization(work.sentence, range)
            work.addSpans([Span(range: range, value: .entity(id), clitic: "")])
            context.emit(id, .partOf, state, sentence: work.sentence, tokens: range.lowerBound...end, rule: "company_of_state", confidence: 0.8)
        }
    }

    /// Replaces a state's one-word name right after the noun by a new organisation when one or two
    /// unknown Arabic words without proclitic follow it up to a mark or the end: the state's name
    /// opens the company's own ("شركة كولومبيا شيبمانجمنت، ومقرها قبرص", "شركة إيران خودرو،").
    private func renameStateOpeningCompany(after head: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard let index = work.spanIndex(startingAt: head + 1), case .entity(let state) = work.spans[index].value,
              context.kind(state) == .state, work.spans[index].range.count == 1, work.spans[index].clitic.isEmpty else { return false }
        var end = head + 2
        while end < work.tokens.count, end - head <= 3, isUnknownArabicWord(end, work), work.tokens[end].readings.0.clitic == 0 { end += 1 }
        guard end > head + 2, end == work.tokens.count || !work.tokens[end].isWord else { return false }
        let range = (head + 1)..<end
        work.spans[index] = Span(range: range, value: .entity(context.discoverOrganization(work.sentence, range)), clitic: "")
        return true
    }

    /// Whether token `index` is an Arabic word that no span covers, of no function list, with
    /// no article and no number.
    private func isUnknownArabicWord(_ index: Int, _ work: SentenceWork) -> Bool {
        work.isUncoveredArabicWord(index) && !work.sentence.document.startsWithArticle(work.tokens[index])
    }
}
