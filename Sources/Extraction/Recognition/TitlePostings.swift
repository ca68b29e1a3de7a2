import EntityGraph

/// What a title names after its office and before its holder's name: where the holder is
/// posted ("السفير الروسي لدى مينسك", "special envoy to the Middle East") or the affairs they
/// handle ("مستشار الرئيس الأمريكي للشؤون العربية والأفريقية مسعد بولس"), after a word of the
/// title's `postings`.
extension RoleRecognizer {
    /// The token after the posting that starts at `index`, or `index` when there is none; a
    /// posted place goes into `attributes["place"]` and its span into `used`. A posting word
    /// with a pronoun suffix (list `pronoun_postings`: "لديها") is passed over, naming no place.
    func endOfPosting(at index: Int, role: String, attributes: inout [String: String], used: inout [Int], _ work: SentenceWork,
                      context: DocumentContext) -> Int {
        guard let postings = lexicon.titlePostings[role] else { return index }
        guard work.token(index, isOneOf: postings) else {
            // "سفير جنوب أفريقيا لديها إبراهيم رسول": posted to a state named before; the name follows.
            return work.token(index, isInWordList: "pronoun_postings", lexicon: lexicon) ? index + 1 : index
        }
        let target = work.token(index + 1, is: lexicon.keywords.the) ? index + 2 : index + 1 // "Ambassador to the United Nations"
        if let next = work.spanIndex(startingAt: target), case .entity(let place) = work.spans[next].value,
           [.place, .state, .alliance, .organization].contains(context.kind(place)) {
            attributes["place"] = place
            context.mention(place, in: work.sentence, work.spans[next].range, clitic: work.spans[next].clitic)
            used.append(next)
            return work.spans[next].range.upperBound
        }
        if let region = work.spanIndex(startingAt: index + 1), work.spans[region].value == .function("posting_regions") {
            return work.spans[region].range.upperBound // "المبعوث الأميركي الخاص إلى الشرق الأوسط مورغان أورتاغوس"
        }
        return knownPersonAfterPosting(index, work, context: context) ?? appositionAfterUnknownPlace(index, work)
            ?? nameAfterDefiniteWords(index, work, context: context) ?? index
    }

    /// Where a name starts after one to four Arabic definite words that follow a posting word
    /// and name no entity nor office ("للشؤون العربية والأفريقية مسعد بولس", "للشؤون الخارجية",
    /// "إلى المنطقة توم باراك"), a city after "في" and such words ("لدى المنظمات الدولية في
    /// فيينا"), a partner state after "مع" too ("لتطبيع العلاقات مع تركيا روبين
    /// روبينيان"), with no punctuation between, before a new name or a person already known;
    /// none after a posting word that is definite itself ("وكيل وزارة الدفاع الأمريكية للسياسات
    /// كولين كال").
    private func nameAfterDefiniteWords(_ posting: Int, _ work: SentenceWork, context: DocumentContext) -> Int? {
        var start = posting + 1
        while start < work.tokens.count, start - posting <= 6, work.tokens[start].isWord, work.sentence.document.isArabic(work.tokens[start]) {
            if work.token(start, is: lexicon.keywords.with), let partner = work.spanIndex(startingAt: start + 1),
               case .entity(let id) = work.spans[partner].value, lexicon.entities[id]?.kind == .state {
                start = work.spans[partner].range.upperBound
                continue
            }
            if start > posting + 1, work.token(start, is: lexicon.keywords.inside), let city = work.spanIndex(startingAt: start + 1),
               case .entity(let id) = work.spans[city].value, lexicon.entities[id]?.kind == .place {
                start = work.spans[city].range.upperBound // "لدى المنظمات الدولية في فيينا ميخائيل أوليانوف"
                continue
            }
            guard work.spanIndex(startingAt: start).map({ !names(work.spans[$0].value) }) ?? true,
                  ["ال", "وال"].contains(where: { NameFolding.fold(work.sentence.text(of: start)).hasPrefix($0) }) else { break }
            start += 1
        }
        let definitePosting = NameFolding.fold(work.sentence.text(of: posting)).hasPrefix("لل") // "للسياسات كولين كال"
        let named = work.spanIndex(startingAt: start) == nil ? nameLength(work, from: start) != nil : startsPersonName(at: start, work, context: context)
        guard start > posting + 1 || definitePosting, named else { return nil }
        return start
    }
}

extension RoleRecognizer {
    /// The state of the person an English title with `serves_principal` serves, named after "to"
    /// or a word of list `role_prepositions` ("Ali Akbar Velayati, an adviser to Supreme Leader Ali
    /// Khamenei", "an aide to the Ukrainian president", "a spokesman for Tinubu"): the state of a
    /// title's nisba or of the person named, by the lexicon or the document; or the organisation
    /// named right there ("a spokesman for the White House").
    func principalState(after index: Int, role: String, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard lexicon.principalRoles.contains(role),
              work.token(index, is: lexicon.keywords.toEnglish) || work.token(index, isInWordList: "role_prepositions", lexicon: lexicon) else { return nil }
        var cursor = index + (work.token(index + 1, is: lexicon.keywords.the) ? 2 : 1)
        var state: String?
        while let next = work.spanIndex(startingAt: cursor), cursor <= index + 4 {
            switch work.spans[next].value {
            case .nisba(let id): state = state ?? id
            case .title: break
            case .entity(let id) where context.kind(id) == .person: return state ?? context.state(of: id)
            case .entity(let id) where context.kind(id) == .state: state = state ?? id
            case .entity(let id) where context.kind(id) == .organization && state == nil: return id
            default: return nil
            }
            cursor = work.spans[next].range.upperBound
            if case .title = work.spans[next].value, state != nil { return state }
        }
        return state
    }

    /// Whether a span names an entity or a title.
    private func names(_ value: LexiconValue) -> Bool {
        switch value {
        case .entity, .title: return true
        default: return false
        }
    }

    /// Where a person's name, known or starting with a known given name, starts two to four
    /// words after a title's posting word that no entity follows ("المبعوث الخاص إلى الشرق
    /// الأوسط ستيف ويتكوف", "... ميخائيل بوغدانوف"): the posting is a region the lexicon does not
    /// know, and the name is the title's holder. No punctuation may stand between.
    func knownPersonAfterPosting(_ posting: Int, _ work: SentenceWork, context: DocumentContext) -> Int? {
        for start in (posting + 2)...(posting + 4) where start < work.tokens.count {
            guard work.tokens[start - 1].isWord else { return nil }
            if lexicon.givenNames.contains(work.tokens[start].word), work.spanIndex(startingAt: start) == nil { return start }
            if let next = work.spanIndex(startingAt: start) {
                guard case .entity(let id) = work.spans[next].value, context.kind(id) == .person else { return nil }
                return start
            }
        }
        return nil
    }

    /// The comma that opens an English name in apposition after a posting to a place or a
    /// purpose the lexicon does not know, of one or two words ("the Chinese consul general in
    /// Osaka, Xue Jian,", "Turkey's special envoy for normalisation, Serdar Kilic,").
    func appositionAfterUnknownPlace(_ posting: Int, _ work: SentenceWork) -> Int? {
        var end = posting + 1
        while end < work.tokens.count, end - posting <= 2, work.spanIndex(startingAt: end) == nil,
              isLatinWord(end, capital: true, work) || isLatinWord(end, capital: false, work) { end += 1 }
        return end > posting + 1 && isEnglishApposition(at: end, work) ? end : nil
    }
}
