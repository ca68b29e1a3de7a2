import EntityGraph

/// States whose one-word Arabic name is also a common word (`ar_after_preposition`: مالي is
/// also "financial"), read as the state only where an adjective cannot stand: right after a
/// preposition ("في مالي", "مع مالي"), with a preposition as proclitic ("بمالي", "لمالي"), as
/// the subject right after a verb in the feminine past ("أعلنت مالي", "استدعت مالي"), after a
/// noun in construct ending in ة ("شريكة مالي", "مغادرة مالي"), or
/// joined by و to a state named right before ("الجزائر ومالي"; but "دعم عسكري ومالي" is
/// financial support) or first of states joined by و ("مالي والنيجر"), or right after a person's
/// name ("زار الرئيس الغاني جون ماهاما مالي"); and nisbas that are also
/// common words (`nisba_after_forces_ar`) right after an armed institution ("الجيش المالي") or a
/// title of a state's office ("وزير الخارجية المالي"); and
/// a state's name that a place shares (`ar_shared`: "عمان"), read as the place in a document
/// with one of its cues.
struct ContextualStateNames {
    let lexicon: Lexicon

    /// Adds a span for each such name in a context that makes it the state.
    func recognize(_ work: SentenceWork) {
        var found: [Span] = []
        for index in work.tokens.indices where work.tokens[index].isWord && work.spanIndex(startingAt: index) == nil {
            let token = work.tokens[index]
            if let state = lexicon.state(afterPreposition: token.word),
               work.token(index - 1, isOneOf: lexicon.keywords.prepositions) || followsFeminineVerb(index, work) || followsFeminineNoun(index, work)
                || precedesJoinedState(index, work) {
                found.append(Span(range: index..<(index + 1), value: .entity(state), clitic: ""))
                continue
            }
            if let span = name(read: token.readings.0, at: index, work) ?? name(read: token.readings.1, at: index, work) {
                found.append(span)
            } else if let state = lexicon.state(nisbaAfterForces: token.word), followsArmedInstitution(index, work) || followsStateTitle(index, work) {
                found.append(Span(range: index..<(index + 1), value: .nisba(state), clitic: ""))
            }
        }
        work.addSpans(found)
        guard !lexicon.placesSharingStateNames.isEmpty else { return }
        for index in work.spans.indices {
            let span = work.spans[index]
            guard case .entity(let id) = span.value, let shared = lexicon.placesSharingStateNames[id],
                  NameFolding.fold(String(work.text(span.range).dropFirst(span.clitic.count))) == shared.name,
                  shared.cues.contains(where: work.sentence.document.text.contains) else { continue }
            work.spans[index].value = .entity(shared.place)
        }
    }

    /// Adds a span for each such name right after a person's name, once people are recognised
    /// ("زار الرئيس الغاني جون ماهاما مالي": an adjective follows no name).
    func recognizeAfterPeople(_ work: SentenceWork, context: DocumentContext) {
        let found = work.tokens.indices.compactMap { index -> Span? in
            guard work.tokens[index].isWord, work.spanIndex(startingAt: index) == nil, let state = lexicon.state(afterPreposition: work.tokens[index].word),
                  work.actors.contains(where: { $0.range.upperBound == index && $0.ids.allSatisfy { context.kind($0) == .person } })
            else { return nil }
            return Span(range: index..<(index + 1), value: .entity(state), clitic: "")
        }
        work.addSpans(found)
    }

    /// The state named by a proclitic reading of token `index`, when the proclitic is a
    /// preposition, or و after a state.
    private func name(read reading: CliticReading, at index: Int, _ work: SentenceWork) -> Span? {
        guard reading.clitic != 0, let state = lexicon.state(afterPreposition: reading.word) else { return nil }
        let clitic = reading.cliticText
        let prepositional = ["ب", "ل"].contains { ArabicClitics.endsWithPreposition(clitic, $0) }
        guard prepositional || (clitic == "و" && followsState(index, work)) else { return nil }
        return Span(range: index..<(index + 1), value: .entity(state), clitic: clitic)
    }

    /// Whether an armed institution ("الجيش", "القوات") ends right before token `index`.
    private func followsArmedInstitution(_ index: Int, _ work: SentenceWork) -> Bool {
        work.span(endingAt: index).map { lexicon.isArmedInstitution($0.value) } == true
    }

    /// Whether a title of a state's office ends right before token `index` ("وزير الخارجية
    /// المالي", "رئيس الوزراء المالي", "السفير المالي"; not "المستشار المالي", a financial adviser).
    private func followsStateTitle(_ index: Int, _ work: SentenceWork) -> Bool {
        guard case .title(let role)? = work.span(endingAt: index)?.value else { return false }
        return lexicon.nationalRoles.contains(role) || role == "president" || role == "ambassador"
    }

    /// Whether a state joined by و starts right after token `index` ("مالي والنيجر وبوركينا
    /// فاسو": the first of a list of states).
    private func precedesJoinedState(_ index: Int, _ work: SentenceWork) -> Bool {
        guard let next = work.spanIndex(startingAt: index + 1), work.spans[next].clitic == "و",
              case .entity(let id) = work.spans[next].value else { return false }
        return lexicon.entities[id]?.kind == .state
    }

    /// Whether token `index` comes right after a verb of speech or a one-word event verb ending in
    /// ت, the feminine past a state takes ("أعلنت", "اتهمت"), or after a word in no span ending
    /// in ت but not in ات, without the article, that opens its clause with و or ف ("وانسحبت مالي"):
    /// an adjective follows a noun, and a plural noun in ات would take the feminine adjective.
    private func followsFeminineVerb(_ index: Int, _ work: SentenceWork) -> Bool {
        let verb = index - 1
        guard verb >= 0, work.tokens[verb].isWord, work.sentence.document.ends(work.tokens[verb], with: "ت") else { return false }
        if work.token(verb, isIn: .speechVerbs, lexicon: lexicon) { return true }
        guard let span = work.span(endingAt: index), span.range == verb..<index, case .trigger = span.value else {
            let written = work.writtenWithoutVowels(verb)
            return work.span(endingAt: index) == nil && !written.hasSuffix("ات") && written.count >= 5
                && (written.hasPrefix("و") || written.hasPrefix("ف")) && !work.sentence.document.startsWithArticle(work.tokens[verb])
        }
        return true
    }

    /// Whether token `index` comes right after an Arabic noun in construct ending in ة, without
    /// the article and in no span but an event word's ("شريكة مالي", "مغادرة مالي"): an
    /// adjective after such a noun ends in ة too ("شراكة مالية").
    private func followsFeminineNoun(_ index: Int, _ work: SentenceWork) -> Bool {
        let noun = index - 1
        guard noun >= 0, work.tokens[noun].isWord, work.sentence.document.isArabic(work.tokens[noun]),
              work.sentence.document.ends(work.tokens[noun], with: "ة"), !work.sentence.document.startsWithArticle(work.tokens[noun]) else { return false }
        return !work.spans.contains { $0.range.contains(noun) && !$0.isEventWord }
    }

    /// Whether a state, by name, ends right before token `index`.
    private func followsState(_ index: Int, _ work: SentenceWork) -> Bool {
        guard case .entity(let id)? = work.span(endingAt: index)?.value else { return false }
        return lexicon.entities[id]?.kind == .state
    }
}
