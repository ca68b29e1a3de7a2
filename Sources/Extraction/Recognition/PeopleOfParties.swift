import EntityGraph

/// English party membership written with "of the", a comma allowed before it ("Lazarus Chakwera, of
/// the Malawi Congress Party,"): "Salvador Nasralla of the Liberal Party", "Rixi Moncada of the
/// ruling leftist Libre party", "Heather Humphreys of the centre-right Fine Gael party". The party
/// is a known organisation whose name ends with a word of list `party_words` or is followed by a
/// lowercase one, or one to three capitalised words the lexicon does not know before a lowercase
/// "party" (a new organisation those words name), after at most five lowercase words and hyphens
/// that describe it. The member is a person named right before "of": a known one, or two or three
/// capitalised words the lexicon does not know (a new person). The member is a member_of the party;
/// so is a known person whose possessive names the party ("Correa's Citizen Revolution party") or a
/// possessive pronoun after them ("Babis ... his ANO party"), the person named after the party's
/// name and "of", a title allowed between ("the Freedom and Direct Democracy party of Tomio
/// Okamura"), and the one a noun of list `person_name_nouns` leads after the party's name ("Liberal
/// Party candidate Salvador Nasralla").
struct PeopleOfParties {
    let lexicon: Lexicon
    private let partyWords: UInt128
    private let names: PeopleAfterDescriptors

    /// The recogniser for the lexicon's lists.
    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        partyWords = lexicon.wordLists.bit("party_words")
        names = PeopleAfterDescriptors(lexicon: lexicon)
    }

    /// Adds spans for the new people and parties and emits each membership.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        for of in work.tokens.indices where work.token(of, is: lexicon.keywords.of) && work.token(of + 1, is: lexicon.keywords.the) {
            guard let party = party(after: of + 2, work, context: context),
                  let member = member(endingAt: of, work, context: context)
                    ?? (of >= 1 && work.tokens[of - 1].mark == "," ? member(endingAt: of - 1, work, context: context) : nil) else { continue }
            context.emit(member, .memberOf, party.id, sentence: work.sentence, tokens: (of - 1)...(party.end - 1),
                         rule: "party_of", confidence: 0.75)
        }
        for of in work.tokens.indices where of >= 1 && work.token(of, is: lexicon.keywords.of) && isPartyWord(of - 1, work) {
            guard let party = partyEnding(at: of, work, context: context), let member = person(startingAt: pastTitle(of + 1, work), work, context: context) else { continue }
            context.emit(member.id, .memberOf, party, sentence: work.sentence, tokens: (of - 1)...(member.end - 1), rule: "party_of", confidence: 0.7)
        }
        // "Liberal Party candidate Salvador Nasralla": a noun of list `person_name_nouns` between the party and its member.
        for word in work.tokens.indices where isPartyWord(word, work) {
            guard let noun = work.spanIndex(startingAt: word + 1), work.spans[noun].value == .function("person_name_nouns"),
                  let party = partyEnding(at: word + 1, work, context: context),
                  let member = person(startingAt: work.spans[noun].range.upperBound, work, context: context) else { continue }
            context.emit(member.id, .memberOf, party, sentence: work.sentence, tokens: word...(member.end - 1), rule: "party_of", confidence: 0.7)
        }
        // "two months after his ANO party won": the person named last before the pronoun.
        for index in work.tokens.indices where work.token(index, isIn: .possessives, lexicon: lexicon) {
            guard let party = party(after: index + 1, work, context: context),
                  let owner = work.spans.last(where: { span in
                      guard span.range.upperBound <= index, case .entity(let id) = span.value else { return false }
                      return context.kind(id) == .person
                  }), case .entity(let person) = owner.value else { continue }
            context.emit(person, .memberOf, party.id, sentence: work.sentence, tokens: owner.range.lowerBound...(party.end - 1),
                         rule: "party_of", confidence: 0.6)
        }
        for span in work.spans {
            guard case .entity(let id) = span.value, context.kind(id) == .person, let length = work.possessiveLength(at: span.range.upperBound),
                  let party = party(after: span.range.upperBound + length, work, context: context) else { continue }
            context.emit(id, .memberOf, party.id, sentence: work.sentence, tokens: span.range.lowerBound...(party.end - 1),
                         rule: "party_of", confidence: 0.7)
        }
    }

    /// The party named from token `start` (after describing lowercase words, some of them words of
    /// a function list: "Babis's populist ANO party") and the token after it.
    private func party(after start: Int, _ work: SentenceWork, context: DocumentContext) -> (id: String, end: Int)? {
        var index = start
        while index - start < 5, index < work.tokens.count, isLowercaseWord(index, work) || work.tokens[index].mark == "-",
              work.startsNoNameSpan(at: index), !isPartyWord(index, work) { index += 1 }
        if let span = work.spanIndex(startingAt: index), case .entity(let id) = work.spans[span].value,
           context.kind(id) == .organization, let last = work.spans[span].range.last {
            if isPartyWord(last, work) { return (id, work.spans[span].range.upperBound) }
            if isPartyWord(last + 1, work), isLowercaseWord(last + 1, work) { return (id, last + 2) } // "the Fine Gael party"
        }
        var end = index
        while end - index < 3, names.isUnknownCapitalisedWord(end, work) { end += 1 }
        guard end > index, end < work.tokens.count, isPartyWord(end, work), isLowercaseWord(end, work) else { return nil }
        let range = index..<(end + 1)
        let id = context.discoverOrganization(work.sentence, index..<end) // "GERB", not "GERB party"
        work.addSpans([Span(range: range, value: .entity(id), clitic: "")])
        return (id, range.upperBound)
    }

    /// The person whose name ends right before token `end`: a known person's span, or a new
    /// person of two or three capitalised words.
    private func member(endingAt end: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        if let span = work.span(endingAt: end), case .entity(let id) = span.value {
            return context.kind(id) == .person ? id : nil
        }
        guard let name = [end - 3, end - 2].lazy.filter({ $0 >= 0 }).compactMap({ names.englishName(after: $0, work, context: context) })
            .first(where: { $0.upperBound == end }), !names.isUnknownCapitalisedWord(name.lowerBound - 1, work) else { return nil }
        let id = context.discoverPerson(work.sentence, name)
        work.addSpans([Span(range: name, value: .entity(id), clitic: "")])
        return id
    }

    /// The token after the title that starts at token `index` ("the League party of Deputy Prime
    /// Minister Matteo Salvini"), or `index` itself.
    private func pastTitle(_ index: Int, _ work: SentenceWork) -> Int {
        guard let title = work.spanIndex(startingAt: index), work.spans[title].value.isTitle else { return index }
        return work.spans[title].range.upperBound
    }

    /// The known or new party whose name, or whose name and a lower-case "party", ends right
    /// before token `end`.
    private func partyEnding(at end: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        let named = work.span(endingAt: end) ?? (isLowercaseWord(end - 1, work) ? work.span(endingAt: end - 1) : nil)
        guard case .entity(let id)? = named?.value, context.kind(id) == .organization else { return nil }
        return id
    }

    /// The person named from token `start`: a known person's span, or a new person of two or
    /// three capitalised words; and the token after the name.
    private func person(startingAt start: Int, _ work: SentenceWork, context: DocumentContext) -> (id: String, end: Int)? {
        if let span = work.spanIndex(startingAt: start), case .entity(let id) = work.spans[span].value {
            return context.kind(id) == .person ? (id, work.spans[span].range.upperBound) : nil
        }
        guard let name = names.englishName(after: start, work, context: context) else { return nil }
        let id = context.discoverPerson(work.sentence, name)
        work.addSpans([Span(range: name, value: .entity(id), clitic: "")])
        return (id, name.upperBound)
    }

    private func isPartyWord(_ index: Int, _ work: SentenceWork) -> Bool {
        index >= 0 && index < work.tokens.count && work.tokens[index].wordLists & partyWords != 0
    }

    private func isLowercaseWord(_ index: Int, _ work: SentenceWork) -> Bool {
        index < work.tokens.count && work.tokens[index].isWord && work.sentence.text(of: index).unicodeScalars.first.map { ("a"..."z").contains($0) } == true
    }
}
