import EntityGraph

/// Companies the lexicon does not know, named in English by a capitalised word of list
/// `company_nouns` after a state or its adjective ("Azerbaijan Airlines", "Ukrainian Railways"),
/// or after a capitalised word of no list that starts no sentence and follows no "the" ("sanctions
/// on Keremet Bank"), and parties and bodies named by up to three such words before a capitalised
/// word of list `party_nouns` ("the Democratic Alliance", "the Independent Electoral Commission";
/// "the Russia-led alliance" names none), or by two or three before one in lower case ("the Nemuno
/// Ausra party"; "the Japan-U.S. alliance" names none), or by such words after it and "of"
/// ("the Union of Greens and Farmers"); before such a noun the words may be body words too ("the
/// Police and Border Guard Board", "the Lithuanian State Border Guard Service"), but not before an
/// accord's noun ("the Falepili Union treaty" names a treaty): the
/// words become one span of a new organisation, part of the state when one names it or its
/// nisba or possessive comes first ("Ukraine's Security Service"; such a body of list
/// `state_body_nouns` acts for its state), matched in the rest of the document.
struct CompanyNames {
    let lexicon: Lexicon

    /// Replaces each name and company noun by one span of a new organisation; a company the
    /// lexicon knows, named in English by its state's name ("Azerbaijan Airlines"), is that state's.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.range.count > 1 && work.startsLatin(span.range.lowerBound, capital: true) {
            guard case .entity(let id) = span.value, let entity = lexicon.entities[id], entity.kind == .organization,
                  let state = entity.partOf, let stateName = lexicon.entities[state]?.name, lexicon.entities[state]?.kind == .state,
                  work.text(span.range).hasPrefix(stateName + " ") else { continue }
            context.emit(id, .partOf, state, sentence: work.sentence, tokens: span.range.lowerBound...(span.range.upperBound - 1),
                         rule: "company_of_state", confidence: 0.8)
        }
        let companyNouns = work.spans.filter { $0.value == .function(FunctionList.companyNouns.rawValue) }.map { (range: $0.range, party: false) }
        let partyBit = lexicon.wordLists.bit("party_nouns") // looked up once: the sentence's every token is tested
        // "the Union of Greens and Farmers": a noun an anaphor holds ("the Union") names a party before "of" and a name.
        let partyNouns = work.tokens.indices.filter { index in
            work.tokens[index].wordLists & partyBit != 0 && !work.spans.contains { span in
                guard span.range.contains(index) else { return false }
                if case .function = span.value, nameAfterOf(index + 1, work) != nil { return false }
                return true
            }
        }.map { (range: $0..<($0 + 1), party: true) }
        for noun in (companyNouns + partyNouns).sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            let start = noun.range.lowerBound
            guard work.startsLatin(start, capital: true) || noun.party else { continue }
            // "the Falepili Union treaty": a capitalised noun before an accord's noun names the accord.
            if noun.party, work.startsLatin(start, capital: true), work.token(noun.range.upperBound, isInWordList: "accord_nouns", lexicon: lexicon) { continue }
            let owner = work.span(endingAt: start)
            let state = owner.flatMap { $0.clitic.isEmpty ? $0.state(in: lexicon) : nil }
            let lowerCase = !work.startsLatin(start, capital: true)
            // "the Nemuno Ausra party": a party noun in lower case after two capitalised words or more.
            // "the Islah party": one word is enough before a lower-case party word after "the".
            let own = noun.party ? partyName(before: start, work, context: context).flatMap { first in
                !lowerCase || start - first >= 2 || work.token(start, isInWordList: "party_words", lexicon: lexicon)
                    && work.token(first - 1, is: lexicon.keywords.the) ? first : nil
            } : ownName(before: start, work)
            // "the Union of Greens and Farmers": capitalised words after "of" name a party too.
            let tail = noun.party && !lowerCase ? nameAfterOf(noun.range.upperBound, work) : nil
            let bare = tail != nil && (start == 0 || work.token(start - 1, is: lexicon.keywords.the)) ? start : nil
            // "the Japan-U.S. alliance" is no company of the U.S.
            // "the United Seychelles Party": the party's own words may come before the state's name.
            guard let first = state != nil && !lowerCase ? owner.map { min($0.range.lowerBound, own ?? .max) } : own ?? bare else { continue }
            let range = first..<(tail ?? noun.range.upperBound)
            // "the Australian Defence Force": also named with the nisba before it.
            let nisba = noun.party && !lowerCase ? work.span(endingAt: first).flatMap { $0.value.isNisba && $0.clitic.isEmpty ? $0.range.lowerBound : nil } : nil
            // "Wingtech Technology" ... "Wingtech": a company's one own word names it too.
            let shortName = !noun.party && state == nil && own == start - 1 ? own : nil
            let id = context.discoverOrganization(work.sentence, lowerCase ? first..<start : range, shortName: shortName, // "Nemuno Ausra", no "party"
                                                  alsoNamed: nisba.map { [work.text($0..<range.upperBound)] } ?? [])
            let nisbaState = noun.party && !lowerCase ? owningState(before: first, work) ?? openingState(first, work, context: context) : nil
            work.spans.removeAll { $0.range.overlaps(range) }
            work.addSpans([Span(range: range, value: .entity(id), clitic: "")])
            guard let ownerState = state ?? nisbaState else { continue }
            context.emit(id, .partOf, ownerState, sentence: work.sentence, tokens: range.lowerBound...(range.upperBound - 1),
                         rule: "company_of_state", confidence: 0.8)
            // "Ukraine's Security Service said it had struck ...": a state's body acts for it.
            if noun.party, work.token(start, isInWordList: "state_body_nouns", lexicon: lexicon) { context.localParents[id] = ownerState }
        }
    }

    /// Where a party's own name starts before its noun (list `party_nouns`): up to three
    /// capitalised Latin words naming nothing known and of no function list, the first after no
    /// other capitalised word ("the center-right National Liberal Party"); one more such word
    /// and "and" before them belong to the name ("the Freedom and Direct Democracy party"), as
    /// does one glued to them by a hyphen ("the DPS-New Beginning party"); a capitalised noun's
    /// name may open with a state's or place's one-word name after "the" (`statePlaceOpening`).
    private func partyName(before start: Int, _ work: SentenceWork, context: DocumentContext) -> Int? {
        if let opening = statePlaceOpening(before: start, work, context: context) ?? stateClosing(before: start, work, context: context) {
            return opening
        }
        var first = start
        while first > 0, start - first < 3, isBodyNameWord(first - 1, work) { first -= 1 }
        // "the DPS-New Beginning party": a word glued by a hyphen opens the name.
        if first >= 2, first < start, PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, first - 1), isBodyNameWord(first - 2, work) { first -= 2 }
        if first >= 2, first < start, work.token(first - 1, is: lexicon.keywords.and), isBodyNameWord(first - 2, work),
           !(first >= 3 && isBodyNameWord(first - 3, work)) {
            first -= 2
        }
        guard first < start, first == 0 || !(work.tokens[first - 1].isWord && work.startsLatin(first - 1, capital: true))
                || work.token(first - 1, is: lexicon.keywords.the) || owningState(before: first, work) != nil
        else { return nil } // "The Independent Electoral Commission said"; "the Lithuanian State Border Guard Service"
        return first
    }

    /// Where a body's name starts that opens with a state's or place's one-word name after "the"
    /// and goes on with one or two capitalised words, known or not, before the capitalised noun at
    /// `start` ("the Malawi Congress Party", "the Hadramawt Tribal Alliance"); nil when none does.
    private func statePlaceOpening(before start: Int, _ work: SentenceWork, context: DocumentContext) -> Int? {
        guard work.startsLatin(start, capital: true) else { return nil }
        for opening in stride(from: start - 2, through: max(1, start - 3), by: -1) {
            guard work.tokens[opening + 1].isWord, work.startsLatin(opening + 1, capital: true) else { return nil }
            if work.token(opening - 1, is: lexicon.keywords.the), let name = work.spanIndex(startingAt: opening),
               work.spans[name].range == opening..<(opening + 1), case .entity(let id) = work.spans[name].value,
               [.state, .place].contains(context.kind(id)) {
                return opening
            }
        }
        return nil
    }

    /// Where a party's name starts that closes with a state's one-word name right before the
    /// party word at `start` (list `party_words`), after one or two capitalised words naming
    /// nothing known that follow no other capitalised word but "the" ("whose United Seychelles
    /// party"); nil when none does.
    private func stateClosing(before start: Int, _ work: SentenceWork, context: DocumentContext) -> Int? {
        guard start >= 2, work.token(start, isInWordList: "party_words", lexicon: lexicon), let name = work.spanIndex(startingAt: start - 1),
              work.spans[name].range == (start - 1)..<start, case .entity(let id) = work.spans[name].value, context.kind(id) == .state
        else { return nil }
        var first = start - 1
        while first > 0, start - 1 - first < 2, isUnknownCapitalised(first - 1, work) { first -= 1 }
        guard first < start - 1, first == 0 || !work.startsLatin(first - 1, capital: true) || work.token(first - 1, is: lexicon.keywords.the)
        else { return nil }
        return first
    }

    /// Whether token `index` is a capitalised Latin word a body's name may hold: one naming nothing
    /// known and of no function list, one of list `organization_head_words` or
    /// `organization_name_nouns`, or one of a kind of
    /// state institution the lexicon knows ("the Police and Border Guard Board").
    private func isBodyNameWord(_ index: Int, _ work: SentenceWork) -> Bool {
        if isUnknownCapitalised(index, work) { return true }
        guard work.tokens[index].isWord, work.startsLatin(index, capital: true) else { return false }
        if let span = work.spans.first(where: { $0.range.contains(index) }) {
            guard case .institution = span.value else { return false }
            return true
        }
        return work.token(index, isInWordList: "organization_head_words", lexicon: lexicon)
            || work.token(index, isIn: .organizationNameNouns, lexicon: lexicon) // "a Gang Suppression Force"
    }

    /// The state whose one-word name token `first` is ("the Malawi Electoral Commission").
    private func openingState(_ first: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard let name = work.spanIndex(startingAt: first), work.spans[name].range.count == 1,
              case .entity(let id) = work.spans[name].value, context.kind(id) == .state else { return nil }
        return id
    }

    /// The state of a nisba without a proclitic whose span ends right before token `index`, or of
    /// a state's name and an English possessive ending there ("Ukraine's Security Service").
    private func owningState(before index: Int, _ work: SentenceWork) -> String? {
        let possessive = work.possessiveLength(before: index)
        guard let span = work.span(endingAt: index - (possessive ?? 0)), span.clitic.isEmpty, possessive != nil || span.value.isNisba else { return nil }
        return span.state(in: lexicon)
    }

    /// The end of a party's name after its noun: "of" or "for" and one to three capitalised Latin
    /// words naming nothing known, two joined by "and" ("of Greens and Farmers", "National Alliance
    /// for Change"); nil when none follow.
    private func nameAfterOf(_ index: Int, _ work: SentenceWork) -> Int? {
        guard index + 1 < work.tokens.count, work.token(index, is: lexicon.keywords.of) || work.token(index, is: lexicon.keywords.forEnglish) else { return nil }
        var end = index + 1
        while end < work.tokens.count, end - index <= 3, isUnknownCapitalised(end, work) { end += 1 }
        if end > index + 1, end + 1 < work.tokens.count, work.token(end, is: lexicon.keywords.and), isUnknownCapitalised(end + 1, work) { end += 2 }
        return end > index + 1 ? end : nil
    }

    /// Where the capitalised Latin words that name nothing known and are of no function list,
    /// up to three (two glued by a hyphen count as one), ending right before token `end` start;
    /// `end` when there are none.
    func unknownCapitalisedStart(before end: Int, _ work: SentenceWork) -> Int {
        var (first, words) = (end, 0)
        while first > 0, words < 3, isUnknownCapitalised(first - 1, work) {
            (first, words) = (first - 1, words + 1)
            // "Jennifer Geerlings-Simons": two words glued by a hyphen are one.
            if first > 1, PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, first - 1), isUnknownCapitalised(first - 2, work) { first -= 2 }
        }
        return first
    }

    /// Whether token `index` is a capitalised Latin word that names nothing known and is of no function list.
    func isUnknownCapitalised(_ index: Int, _ work: SentenceWork) -> Bool {
        work.tokens[index].isWord && !work.spans.contains { $0.range.contains(index) }
            && work.startsLatin(index, capital: true) && !lexicon.isAnyFunctionWord(work.tokens[index].word)
    }

    /// The token of a company's own name right before its noun at `start`: a capitalised Latin
    /// word naming nothing known, of no function list, after a comma or a lower-case word other
    /// than "the" ("on Keremet Bank"; not "the Central Bank", "Eurasian Development Bank").
    private func ownName(before start: Int, _ work: SentenceWork) -> Int? {
        let index = start - 1
        guard index >= 1, work.tokens[index].isWord, work.spanIndex(startingAt: index) == nil,
              work.startsLatin(index, capital: true),
              !lexicon.isAnyFunctionWord(work.tokens[index].word), !work.token(index - 1, isOneOf: lexicon.keywords.articles),
              work.tokens[index - 1].mark == "," || work.startsLatin(index - 1, capital: false)
        else { return nil }
        return index
    }
}
