import EntityGraph

extension CompanyNames {
    /// Companies the lexicon does not know, named in English right before a comma and a phrase
    /// that describes a company: "a", "an" or "the", at most three words and a noun of list
    /// `organization_name_nouns` that ends the phrase ("Shohin SM, a Chinese-owned company,";
    /// not "Peter Sorensen, a company spokesman"). The name is one to three capitalised words
    /// that name nothing known and are of no function list, after no other capitalised word; it
    /// gets a span of its own, matched in the rest of the document.
    func recognizeDescribed(_ work: SentenceWork, context: DocumentContext) {
        var found: [Span] = []
        for comma in work.tokens.indices.dropFirst() where work.tokens[comma].mark == "," && isDescription(after: comma, work) {
            let first = unknownCapitalisedStart(before: comma, work)
            guard first < comma, first == 0 || !work.startsLatin(first - 1, capital: true) else { continue }
            found.append(Span(range: first..<comma, value: .entity(context.discoverOrganization(work.sentence, first..<comma)), clitic: ""))
        }
        if !found.isEmpty { work.addSpans(found) }
    }

    /// Whether an article, up to three words and a company's noun follow the comma at `comma`,
    /// the noun before a punctuation mark.
    private func isDescription(after comma: Int, _ work: SentenceWork) -> Bool {
        guard comma + 2 < work.tokens.count, work.token(comma + 1, isOneOf: lexicon.keywords.articles) else { return false }
        for noun in (comma + 2)..<min(comma + 6, work.tokens.count) {
            guard work.tokens[noun].isWord || PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, noun) else { return false }
            if work.token(noun, isIn: .organizationNameNouns, lexicon: lexicon) {
                return noun + 1 == work.tokens.count || !work.tokens[noun + 1].isWord
            }
        }
        return false
    }
}
