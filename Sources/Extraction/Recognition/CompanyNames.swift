import EntityGraph

/// Companies the lexicon does not know, named in English by a state or its adjective and a
/// capitalised word of list `company_nouns` ("Azerbaijan Airlines", "Ukrainian Railways"): the
/// words become one span of a new organisation, part of that state, matched in the rest of the
/// document.
struct CompanyNames {
    let lexicon: Lexicon

    /// Replaces each state name and company noun by one span of a new organisation.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        let nouns = work.spans.filter { $0.value == .function(FunctionList.companyNouns.rawValue) }
        for noun in nouns {
            let start = noun.range.lowerBound
            guard work.sentence.text(of: start).unicodeScalars.first?.isLatinCapital == true,
                  let owner = work.span(endingAt: start), owner.clitic.isEmpty,
                  let state = owner.state(in: lexicon) else { continue }
            let range = owner.range.lowerBound..<noun.range.upperBound
            let id = context.discoverOrganization(work.sentence, range)
            work.spans.removeAll { $0.range.overlaps(range) }
            work.addSpans([Span(range: range, value: .entity(id), clitic: "")])
            context.emit(id, .partOf, state, sentence: work.sentence, tokens: range.lowerBound...(range.upperBound - 1),
                         rule: "company_of_state", confidence: 0.8)
        }
    }
}
