import EntityGraph

extension CompanyNames {
    /// Companies named in English after the company the lexicon knows they belong to: the known
    /// name and one or two capitalised Latin words that name nothing known and are of no function
    /// list ("Lukoil Neftohim Burgas", "Rosneft Deutschland") become one span of a new
    /// organisation, part of the known one. In a headline written in title case ("Of Lukoil
    /// Refinery As") the words are no name: a capitalised word may neither come before the known
    /// name, unless it opens the sentence, nor after the new one. A language's name (list
    /// `edition_names`) names an edition, no company: "RT Arabic" is RT.
    func recognizeSubsidiaries(_ work: SentenceWork, context: DocumentContext) {
        var found: [(range: Range<Int>, parent: String)] = []
        for span in work.spans where span.clitic.isEmpty {
            // The cheap tests first: most spans are followed by no capitalised word of no span.
            guard case .entity(let parent) = span.value, span.range.upperBound < work.tokens.count, work.tokens[span.range.upperBound].isWord,
                  work.spanIndex(startingAt: span.range.upperBound) == nil, work.startsLatin(span.range.upperBound, capital: true),
                  lexicon.entities[parent]?.kind == .organization, work.startsLatin(span.range.lowerBound, capital: true) else { continue }
            let start = span.range.lowerBound
            var end = span.range.upperBound
            while end < work.tokens.count, end - span.range.upperBound < 2, isUnknownCapitalised(end, work) { end += 1 }
            guard end > span.range.upperBound, !(span.range.upperBound..<end).contains(where: { work.token($0, isInWordList: "edition_names", lexicon: lexicon) }),
                  start == 0 || !work.startsLatin(start - 1, capital: true),
                  end == work.tokens.count || !work.tokens[end].isWord || work.startsLatin(end, capital: false) else { continue }
            found.append((start..<end, parent))
        }
        for (range, parent) in found {
            let id = context.discoverOrganization(work.sentence, range)
            work.spans.removeAll { $0.range.overlaps(range) }
            work.addSpans([Span(range: range, value: .entity(id), clitic: "")])
            context.emit(id, .partOf, parent, sentence: work.sentence, tokens: range.lowerBound...(range.upperBound - 1),
                         rule: "subsidiary_of_company", confidence: 0.8)
        }
    }
}
