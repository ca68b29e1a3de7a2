import EntityGraph

/// Organisations the lexicon does not know, introduced the way English news introduces them:
/// capitalised words (lower-case stopwords and words of list `acronym_name_links` between),
/// then their acronym in brackets, the initials of the capitalised words ("China National
/// Nuclear Corporation (CNNC)"; a name the lexicon knows as one span stays as it is). The words
/// become one span, names inside them ("China") no actors (a state's name opening them makes the
/// organisation part of that state), and the name and the acronym are matched in the rest of the
/// document. An acronym of three to six capitals alone is the name of
/// an organisation of a state after its English possessive and up to three lower-case words
/// ("Germany's KNDS", "Russia's state energy firm XYZ"), unless list `common_acronyms` holds it
/// ("Russia's GDP"); one set off by commas after a known body and lower-case words is a new body
/// of it ("The United Nations peacekeeping mission, MINUSCA,"). Capitalised words before a known
/// organisation's acronym in brackets name that organisation, and such an acronym after a known
/// organisation's name names it.
struct AcronymNames {
    let lexicon: Lexicon

    /// Replaces the spans inside each such name by one span of a new organisation.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        for open in work.tokens.indices where work.tokens[open].mark == "(" {
            guard open >= 2, open + 2 < work.tokens.count, work.tokens[open + 2].mark == ")",
                  let acronym = acronymLetters(open + 1, work),
                  let start = nameStart(before: open, initials: acronym, work)
                    ?? (work.spanIndex(startingAt: open + 1) == nil ? looseNameStart(before: open, initials: acronym, work) : nil) else { continue }
            if let named = work.spans.first(where: { $0.range == start..<open }) {
                nameAcronym(at: open + 1, after: named, work, context: context)
                continue
            }
            let id = context.discoverOrganization(work.sentence, start..<open, shortName: open + 1)
            // "China Civil Engineering Construction Corporation (CCECC)": a state's name opening it names its state.
            let state = work.spans.first { $0.range.lowerBound == start && $0.range.upperBound < open }.flatMap { span -> String? in
                guard case .entity(let named) = span.value, context.kind(named) == .state else { return nil }
                return named
            }
            work.spans.removeAll { $0.range.overlaps(start..<open) || $0.range.lowerBound == open + 1 }
            work.addSpans([Span(range: start..<open, value: .entity(id), clitic: "")])
            if let state {
                context.emit(id, .partOf, state, sentence: work.sentence, tokens: start...(open + 1), rule: "organization_of_state", confidence: 0.8)
            }
        }
        knownAcronymNames(work)
        var owned: [Span] = []
        for span in work.spans {
            guard case .entity(let state) = span.value, let acronym = ownedAcronym(after: span.range.upperBound, work),
                  context.kind(state) == .state else { continue }
            let id = context.discoverOrganization(work.sentence, acronym..<(acronym + 1))
            owned.append(Span(range: acronym..<(acronym + 1), value: .entity(id), clitic: ""))
            context.emit(id, .partOf, state, sentence: work.sentence, tokens: span.range.lowerBound...acronym,
                         rule: "organization_of_state", confidence: 0.8)
        }
        work.addSpans(owned)
        bodiesNamedByAcronymInApposition(work, context: context)
    }

    /// An acronym of three to eight capitals (a mission's: "MINUSCA"), not a common one and
    /// starting no span, set off by commas after a known organisation's or bloc's name and up to
    /// three lower-case words ("The United Nations peacekeeping mission, MINUSCA, said"): a new
    /// organisation, part of that one.
    private func bodiesNamedByAcronymInApposition(_ work: SentenceWork, context: DocumentContext) {
        var found: [Span] = []
        for span in work.spans {
            guard case .entity(let parent) = span.value, [.organization, .alliance].contains(context.kind(parent)) else { continue }
            var cursor = span.range.upperBound
            while cursor < work.tokens.count, cursor - span.range.upperBound < 3, work.tokens[cursor].isWord,
                  work.sentence.text(of: cursor).unicodeScalars.first?.properties.isLowercase == true { cursor += 1 }
            guard cursor > span.range.upperBound, cursor + 2 < work.tokens.count, work.tokens[cursor].mark == ",",
                  case let text = work.sentence.text(of: cursor + 1), (3...8).contains(text.count),
                  text.allSatisfy({ $0.isASCII && $0.isUppercase }), work.spanIndex(startingAt: cursor + 1) == nil,
                  !work.token(cursor + 1, isIn: .commonAcronyms, lexicon: lexicon), [",", "."].contains(work.tokens[cursor + 2].mark) else { continue }
            let id = context.discoverOrganization(work.sentence, (cursor + 1)..<(cursor + 2))
            found.append(Span(range: (cursor + 1)..<(cursor + 2), value: .entity(id), clitic: ""))
            context.emit(id, .partOf, parent, sentence: work.sentence, tokens: span.range.lowerBound...(cursor + 1),
                         rule: "organization_of_body", confidence: 0.75)
        }
        work.addSpans(found)
    }

    /// An acronym in brackets, not a common one and starting no span, right after the name of a
    /// state's body read from a state and an institution word ("Ukraine's military intelligence
    /// agency (HUR)"): another name of that body, matched in the rest of the document.
    func nameBodiesBeforeAcronyms(_ work: SentenceWork, context: DocumentContext) {
        for open in work.tokens.indices where work.tokens[open].mark == "(" {
            guard open >= 1, open + 2 < work.tokens.count, work.tokens[open + 2].mark == ")", acronymLetters(open + 1, work) != nil,
                  work.spanIndex(startingAt: open + 1) == nil, !work.token(open + 1, isIn: .commonAcronyms, lexicon: lexicon),
                  let id = work.actors.last(where: { $0.range.upperBound == open && $0.ids.count == 1 })?.ids[0],
                  context.localParents[id] != nil else { continue }
            work.add(Actor(ids: [id], range: (open + 1)..<(open + 2), clitic: "", source: .name))
            context.mention(id, in: work.sentence, (open + 1)..<(open + 2))
            context.localNames.insert(words: [work.tokens[open + 1].word], id)
        }
    }

    /// Gives two to four capitalised words that no span covers, right before an acronym in
    /// brackets that names an organisation the lexicon knows, to that organisation: its name in
    /// another form or language ("Geert Wilders' Freedom Party (PVV)", "the Christian Democrats
    /// (CDA)").
    private func knownAcronymNames(_ work: SentenceWork) {
        var found: [Span] = []
        for open in work.tokens.indices where work.tokens[open].mark == "(" {
            guard open >= 2, open + 2 < work.tokens.count, work.tokens[open + 2].mark == ")", acronymLetters(open + 1, work) != nil,
                  let acronym = work.spanIndex(startingAt: open + 1), work.spans[acronym].range.count == 1,
                  case .entity(let id) = work.spans[acronym].value, lexicon.entities[id]?.kind == .organization else { continue }
            var start = open
            while start > 0, open - start < 4, work.tokens[start - 1].isWord, !work.spans.contains(where: { $0.range.contains(start - 1) }),
                  work.sentence.text(of: start - 1).unicodeScalars.first?.isLatinCapital == true,
                  !lexicon.isAnyFunctionWord(work.tokens[start - 1].word) { start -= 1 }
            if open - start >= 2 { found.append(Span(range: start..<open, value: .entity(id), clitic: "")) }
        }
        work.addSpans(found)
    }

    /// The acronym at token `index`, in brackets right after `name`, the name of an organisation
    /// the lexicon knows whose capitalised words it abbreviates, names that organisation in the
    /// rest of the document, also where the lexicon gives the acronym to another ("the Caspian
    /// Pipeline Consortium (CPC)" is no Communist Party of China).
    private func nameAcronym(at index: Int, after name: Span, _ work: SentenceWork, context: DocumentContext) {
        guard case .entity(let id) = name.value, [.organization, .alliance].contains(context.kind(id)) else { return }
        work.spans.removeAll { $0.range.lowerBound == index }
        work.addSpans([Span(range: index..<(index + 1), value: .entity(id), clitic: "")])
        context.localNames.insert(words: [work.tokens[index].word], id)
    }

    /// The acronym of three to six capitals, not a common one and starting no span, after the
    /// possessive at `index` and up to three lower-case words.
    private func ownedAcronym(after index: Int, _ work: SentenceWork) -> Int? {
        guard let length = work.possessiveLength(at: index) else { return nil }
        var cursor = index + length
        while cursor < work.tokens.count, cursor - index - length <= 3, work.tokens[cursor].isWord {
            if let letters = acronymLetters(cursor, work) {
                let known = work.spanIndex(startingAt: cursor) != nil || work.token(cursor, isIn: .commonAcronyms, lexicon: lexicon)
                return letters.count >= 3 && !known ? cursor : nil
            }
            guard work.sentence.text(of: cursor).unicodeScalars.first?.properties.isLowercase == true else { return nil }
            cursor += 1
        }
        return nil
    }

    /// The capital letters of token `index` when it is an acronym of two to six capitals.
    private func acronymLetters(_ index: Int, _ work: SentenceWork) -> [Character]? {
        let text = work.sentence.text(of: index)
        guard (2...6).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        return Array(text)
    }

    /// Where the capitalised words whose initials are `initials` start, ending right before `end`;
    /// the initials in the acronym's order, or in another when the acronym keeps the word order of
    /// the language it was coined in ("Democratic Forces for the Liberation of Rwanda (FDLR)"); a
    /// glued possessive "'s" inside gives no initial ("People's Party for Reconstruction and
    /// Democracy (PPRD)").
    private func nameStart(before end: Int, initials: [Character], _ work: SentenceWork) -> Int? {
        var cursor = end, letters = initials, read: [Character] = []
        while read.count < initials.count, cursor > 0 {
            cursor -= 1
            let text = work.sentence.text(of: cursor)
            if isNameLink(cursor, work) { continue }
            if text == "s", cursor >= 2, PhraseTable<LexiconValue>.isGluedApostrophe(work.tokens, cursor - 1) { // "People's Party"
                cursor -= 1
                continue
            }
            guard work.tokens[cursor].isWord, let initial = text.first, initial.isUppercase else { return nil }
            read.append(initial)
            if letters.last == initial { letters.removeLast() }
        }
        return letters.isEmpty || read.sorted() == initials.sorted() ? cursor : nil
    }

    /// Whether token `index` is a lowercase stopword or a word of list `acronym_name_links` inside
    /// an organisation's name ("Forces for the Liberation"): it gives no initial.
    private func isNameLink(_ index: Int, _ work: SentenceWork) -> Bool {
        work.tokens[index].isWord && work.sentence.text(of: index).first?.isLowercase == true
            && (lexicon.isFunctionWord(work.tokens[index].word, list: .stopwords) || work.token(index, isInWordList: "acronym_name_links", lexicon: lexicon))
    }

    /// Where capitalised words start, ending right before `end`, when their initials do not spell
    /// the acronym but its letters run through their letters in order, the first being the first
    /// word's initial ("African Union Support and Stabilisation Mission in Somalia (AUSSOM)"): the
    /// earliest such word, at least two words before `end`. Not for an acronym the lexicon knows.
    private func looseNameStart(before end: Int, initials: [Character], _ work: SentenceWork) -> Int? {
        var words: [Int] = [], cursor = end
        while cursor > 0, words.count <= initials.count {
            cursor -= 1
            let text = work.sentence.text(of: cursor)
            if isNameLink(cursor, work) { continue }
            guard work.tokens[cursor].isWord, text.first?.isUppercase == true else { break }
            words.append(cursor)
        }
        let wanted = initials.map { Character($0.lowercased()) }
        return words.dropFirst().last { start in
            guard work.sentence.text(of: start).first == initials[0] else { return false }
            var letters = words.reversed().drop { $0 < start }.flatMap { work.sentence.text(of: $0).lowercased() }[...]
            for letter in wanted {
                guard let found = letters.firstIndex(of: letter) else { return false }
                letters = letters[(found + 1)...]
            }
            return true
        }
    }
}
