import EntityGraph

extension CompanyNames {
    /// Companies the lexicon does not know, named in English right before a comma and a phrase
    /// that describes a company: "a", "an" or "the", at most three words and a noun of list
    /// `organization_name_nouns` that ends the phrase ("Shohin SM, a Chinese-owned company,";
    /// not "Peter Sorensen, a company spokesman"), or that a relative pronoun ("Columbia
    /// Shipmanagement, the Cyprus-based company that manages the tanker") or a participle of list
    /// `ownership_participles` and "by" follow ("Nexperia, a Dutch chipmaker owned by China's
    /// Wingtech"). The name is one to three capitalised words that name nothing known and are of
    /// no function list, after no other capitalised word; it gets a span of its own, matched in
    /// the rest of the document. The owner after "by" owns the company: a state or organisation
    /// named there, or one to three such capitalised words, which name a new organisation, part
    /// of the state whose possessive comes before them ("China's Wingtech").
    func recognizeDescribed(_ work: SentenceWork, context: DocumentContext) {
        var found: [Span] = []
        var owned: [(company: String, by: Int)] = []
        for comma in work.tokens.indices.dropFirst() where work.tokens[comma].mark == "," {
            guard let noun = describingNoun(after: comma, work) else { continue }
            let first = unknownCapitalisedStart(before: comma, work)
            guard first < comma, first == 0 || !work.startsLatin(first - 1, capital: true) else { continue }
            let id = context.discoverOrganization(work.sentence, first..<comma)
            found.append(Span(range: first..<comma, value: .entity(id), clitic: ""))
            if noun + 2 < work.tokens.count, work.token(noun + 1, isInWordList: "ownership_participles", lexicon: lexicon),
               work.token(noun + 2, is: lexicon.keywords.by) {
                owned.append((id, noun + 3))
            }
        }
        if !found.isEmpty { work.addSpans(found) }
        for (company, start) in owned {
            guard let owner = owner(from: start, work, context: context) else { continue }
            context.emit(company, .partOf, owner, sentence: work.sentence, tokens: start...start, rule: "company_owner", confidence: 0.8)
        }
    }

    /// The token of the company noun that ends a description after the comma at `comma`: an
    /// article, up to three words and the noun, before a punctuation mark, the sentence's end or
    /// an ownership participle; nil when no description follows.
    private func describingNoun(after comma: Int, _ work: SentenceWork) -> Int? {
        guard comma + 2 < work.tokens.count, work.token(comma + 1, isOneOf: lexicon.keywords.articles) else { return nil }
        for noun in (comma + 2)..<min(comma + 6, work.tokens.count) {
            guard work.tokens[noun].isWord || PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, noun) else { return nil }
            if work.token(noun, isIn: .organizationNameNouns, lexicon: lexicon) {
                let ends = noun + 1 == work.tokens.count || !work.tokens[noun + 1].isWord
                    || work.token(noun + 1, isInWordList: "ownership_participles", lexicon: lexicon)
                    || work.token(noun + 1, isIn: .relativePronouns, lexicon: lexicon)
                return ends ? noun : nil
            }
        }
        return nil
    }

    /// The owner named from token `start` on: a state or organisation the sentence names there,
    /// or a new organisation of one to three unknown capitalised words, after a state's possessive
    /// or not; nil when neither stands there.
    private func owner(from start: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        var first = start
        var state: String?
        if let span = work.spanIndex(startingAt: start), case .entity(let id) = work.spans[span].value {
            let end = work.spans[span].range.upperBound
            guard context.kind(id) == .state, let possessive = work.possessiveLength(at: end) else {
                return [.state, .organization].contains(context.kind(id)) ? id : nil
            }
            (first, state) = (end + possessive, id)
        }
        var end = first
        while end < work.tokens.count, end - first < 3, isUnknownCapitalised(end, work) { end += 1 }
        guard end > first else { return state }
        let id = context.discoverOrganization(work.sentence, first..<end)
        work.spans.removeAll { $0.range.overlaps(first..<end) }
        work.addSpans([Span(range: first..<end, value: .entity(id), clitic: "")])
        if let state {
            context.emit(id, .partOf, state, sentence: work.sentence, tokens: first...(end - 1), rule: "company_of_state", confidence: 0.8)
        }
        return id
    }
}
