import EntityGraph

/// Places and organisations the lexicon does not know, named after a noun of their kind: a
/// place after a word of list `place_name_nouns` ("مدينة تيانجين الساحلية", "the city of
/// Gyumri"), an organisation after a word of list `organization_name_nouns` ("شركة
/// ويستنغهاوس الأمريكية", "U.S. company Westinghouse", "carmakers such as Volkswagen") or
/// between a possessive pronoun and one ("his Agrofert conglomerate"); a place after a word of list
/// `located_place_name_nouns` only when a state's nisba or a compass word and a state follow
/// ("منطقة قنديل شمالي العراق", "ميناء بربرة الصومالي", "ميناء الفاو جنوبي العراق": one or two
/// words there, with or without the article). Otherwise in Arabic the name is one word after the
/// noun in construct (two when a word of list `company_name_endings` follows: "شركة رايان
/// إير"), a word the lexicon does not know, with no article, not ending like an adjective
/// agreeing with the noun (ة, ي: "مدينة حدودية", "شركة أمريكية" name nothing, unless a nisba
/// with the article follows: "شركة إيني الإيطالية") and not a derived present verb ("شركة
/// تتعامل"); in English one to three capitalised words, after "of" for places, or one or two
/// right before a place noun ("Surin province", "the Hermel area"). A name in quotation marks
/// after an organisation noun (and the words with the article describing it: 'شركة النفط
/// الحكومية الأذربيجانية «سوكار»'), or after a word of list `quoted_name_nouns` ('تحالف "تقدم"'; of two
/// words or more after one of list `founder_named_nouns`) or after "و" closing such a name
/// ('عصابتي "لوس تشونيروس" و"لوس لوبوس"'), is an organisation, whatever its words name ('حزب
/// "أرمينيا القوية"', 'شركة "بايكار"'), unless it names one the lexicon knows. The name gets a span of its own, and
/// is matched in the rest of the document.
struct NamesAfterKindNouns {
    let lexicon: Lexicon
    /// The folded words of list `quoted_name_nouns` ("حزب", "حركة").
    private let quotedNameNouns: Set<String>
    /// Those words with a possessive pronoun suffix, a final ة written ت ("حزبه", "حركتها").
    private let possessedQuotedNameNouns: Set<String>

    /// A reader with the lexicon's nouns.
    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        quotedNameNouns = Set(lexicon.functionWords.lists["quoted_name_nouns"]?.values.joined().map(NameFolding.fold) ?? [])
        let feminineEnding = NameFolding.fold("ة")
        possessedQuotedNameNouns = Set(quotedNameNouns.flatMap { noun in
            let stem = noun.hasSuffix(feminineEnding) ? String(noun.dropLast()) + "ت" : noun
            return lexicon.pronounSuffixes.map { stem + NameFolding.fold($0) }
        })
    }

    /// Adds a span for each name after one of the nouns, in one pass over the sentence.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        var found: [Span] = []
        var lastQuoted = -1
        for index in work.tokens.indices {
            if let known = knownNameAroundQuotation(at: index, work) {
                work.spans.removeAll { $0.range.overlaps(known.range) }
                found.append(known)
                continue
            }
            // One word after a party's or a movement's noun may be its founder's surname ('حزب "شور"', list
            // `founder_named_nouns`); after a coalition's ('تحالف "تقدم"') or a company's it is the name.
            if let quoted = quotedName(after: index, work) ?? quotedNameAfterDescription(of: index, work), work.token(index, isIn: .organizationNameNouns, lexicon: lexicon)
                || (quoted.count > 1 || !work.token(index, isInWordList: "founder_named_nouns", lexicon: lexicon)) && (isQuotedNameNoun(index, work)
                                        || index == lastQuoted + 1 && ["و", "and"].contains(work.sentence.text(of: index)))
                || quoted.count > 1 && opensWithKindNoun(quoted, work) {
                lastQuoted = quoted.upperBound
                // A name the lexicon knows stays itself ('مجموعة "بريكس"', 'حزب "الحلم الجورجي"').
                let inside = work.spans.filter { $0.range.overlaps(quoted) }
                if inside.contains(where: { span in
                    guard case .entity(let known) = span.value else { return false }
                    return span.range == quoted || [.organization, .alliance, .person].contains(context.kind(known))
                }) { continue }
                work.spans.removeAll { $0.range.overlaps(quoted) }
                found.append(Span(range: quoted, value: .entity(context.discoverOrganization(work.sentence, quoted)), clitic: ""))
                continue
            }
            let kind: EntityKind
            var located = false
            if work.token(index, isIn: .placeNameNouns, lexicon: lexicon) {
                kind = .place
            } else if work.token(index, isIn: .locatedPlaceNameNouns, lexicon: lexicon) {
                (kind, located) = (.place, true)
            } else if work.token(index, isIn: .organizationNameNouns, lexicon: lexicon) {
                kind = .organization
            } else {
                continue
            }
            guard let name = (located ? locatedArabicName(after: index, work, context: context) : arabicName(after: index, work))
                    ?? englishName(after: index, afterOf: kind == .place, work)
                    ?? (kind == .place ? englishName(before: index, work) : kind == .organization ? possessedEnglishName(before: index, work) : nil),
                  !work.spans.contains(where: { $0.range.overlaps(name) }),
                  !located || isLocated(after: name.upperBound, work, context: context) else { continue }
            let id = kind == .place ? context.discoverPlace(work.sentence, name) : context.discoverOrganization(work.sentence, name)
            found.append(Span(range: name, value: .entity(id), clitic: ""))
        }
        work.addSpans(found)
    }

    /// A name the lexicon knows written as a noun and the rest of the name in quotation marks
    /// ('حركة "الشباب"' for "حركة الشباب", 'لحركة «الشباب»' after a proclitic), when the quoted
    /// words alone name no one ('مجموعة "بريكس"' is BRICS already): a span from the noun to the
    /// quotation's last word, naming the known entity; nil otherwise.
    private func knownNameAroundQuotation(at index: Int, _ work: SentenceWork) -> Span? {
        let token = work.tokens[index]
        guard token.isWord, work.sentence.document.isArabic(token), let quoted = quotedName(after: index, work),
              !work.spans.contains(where: { $0.range == quoted }) else { return nil }
        let rest = quoted.map { work.tokens[$0].word }
        let readings = [CliticReading(clitic: 0, word: token.word), token.readings.0, token.readings.1].filter { $0.word >= 0 }
        for reading in readings {
            if case .entity(let id)? = lexicon.phrases.value(exactly: [reading.word] + rest) {
                return Span(range: index..<quoted.upperBound, value: .entity(id), clitic: reading.cliticText)
            }
        }
        return nil
    }

    /// Whether token `index` is a noun of list `quoted_name_nouns`, or one with a possessive pronoun
    /// suffix ('ائتلافه "الإعمار والتنمية"', 'حركتها': its ة written ت).
    private func isQuotedNameNoun(_ index: Int, _ work: SentenceWork) -> Bool {
        let word = NameFolding.fold(work.sentence.text(of: index))
        return quotedNameNouns.contains(word) || possessedQuotedNameNouns.contains(word)
    }

    /// Whether a quotation of an Arabic name opens with a noun of list `quoted_name_nouns` and
    /// the article ('وحل "الكتلة الوطنية" بقيادة': a bloc, whatever word stands before it).
    private func opensWithKindNoun(_ quoted: Range<Int>, _ work: SentenceWork) -> Bool {
        let first = quoted.lowerBound
        guard work.sentence.document.isArabic(work.tokens[first]), work.sentence.document.startsWithArticle(work.tokens[first]) else { return false }
        return quotedNameNouns.contains(String(NameFolding.fold(work.sentence.text(of: first)).dropFirst(2)))
    }

    /// The one to four words in quotation marks right after token `index` ('حزب "أرمينيا القوية"',
    /// 'شركة "بايكار"'), if such a quotation follows.
    private func quotedName(after index: Int, _ work: SentenceWork) -> Range<Int>? {
        let open = index + 1
        guard work.tokens[index].isWord, open + 2 < work.tokens.count, ["\"", "«", "“"].contains(work.tokens[open].mark) else { return nil }
        var close = open + 1
        while close < work.tokens.count, close - open <= 4, work.tokens[close].isWord { close += 1 }
        guard close > open + 1, close < work.tokens.count, ["\"", "»", "”"].contains(work.tokens[close].mark) else { return nil }
        return (open + 1)..<close
    }

    /// The words in quotation marks after an Arabic noun without the article and the one to three
    /// words with the article that describe it ('شركة النفط الحكومية الأذربيجانية «سوكار»').
    private func quotedNameAfterDescription(of index: Int, _ work: SentenceWork) -> Range<Int>? {
        let text = work.sentence.document
        let window = (index + 2)..<max(index + 2, min(index + 5, work.tokens.count))
        guard window.contains(where: { work.tokens[$0].mark.map { "\"«“".unicodeScalars.contains($0) } == true }), // the cheap test first
              work.tokens[index].isWord, text.isArabic(work.tokens[index]), !text.startsWithArticle(work.tokens[index]) else { return nil }
        var last = index
        while last - index < 3, last + 1 < work.tokens.count, work.tokens[last + 1].isWord, text.startsWithArticle(work.tokens[last + 1]) { last += 1 }
        return last > index ? quotedName(after: last, work) : nil
    }

    /// The unknown word after an Arabic noun without the article, if it reads as a name.
    private func arabicName(after index: Int, _ work: SentenceWork) -> Range<Int>? {
        let text = work.sentence.document
        let name = index + 1
        guard name < work.tokens.count, text.isArabic(work.tokens[index]), !text.startsWithArticle(work.tokens[index]), work.isUnknownWord(name), text.isArabic(work.tokens[name]),
              !text.startsWithArticle(work.tokens[name]),
              !(text.ends(work.tokens[name], with: "ة") || text.ends(work.tokens[name], with: "ي") || text.ends(work.tokens[name], with: "ى"))
                || isDefiniteNisba(at: name + 1, work),
              case let folded = NameFolding.fold(work.sentence.text(of: name)),
              !Self.isDerivedPresentVerb(folded), !Self.isSecondFormVerbalNoun(folded) else { return nil }
        let ending = work.spanIndex(startingAt: name + 1) == nil && work.token(name + 1, isInWordList: "company_name_endings", lexicon: lexicon) ? 1 : 0
        return name..<(name + 1 + ending)
    }

    /// Whether a state's nisba with the article starts at `index` ("شركة إيني الإيطالية"): the
    /// word before it is then a name, whatever its ending (an adjective would agree with the noun
    /// before it, and take no article).
    private func isDefiniteNisba(at index: Int, _ work: SentenceWork) -> Bool {
        guard let span = work.spanIndex(startingAt: index), work.spans[span].value.isNisba, work.spans[span].clitic.isEmpty else { return false }
        return work.sentence.document.startsWithArticle(work.tokens[index])
    }

    /// One or two unknown Arabic words after a noun of list `located_place_name_nouns`, with or
    /// without the article ("ميناء الفاو جنوبي العراق", "ميناء أم قصر", "مخيم الهول"), the last
    /// not ending like an adjective, right before a compass word and a state, or a state's nisba
    /// when the name has no article.
    private func locatedArabicName(after index: Int, _ work: SentenceWork, context: DocumentContext) -> Range<Int>? {
        let text = work.sentence.document
        guard text.isArabic(work.tokens[index]), !text.startsWithArticle(work.tokens[index]) else { return nil }
        for length in 1...2 {
            let name = (index + 1)..<(index + 1 + length)
            guard name.allSatisfy({ work.isUnknownWord($0) && text.isArabic(work.tokens[$0]) }) else { return nil }
            let last = work.tokens[name.upperBound - 1]
            // After a name with the article a nisba is its adjective ("منطقة المحيطين الهندي"): a compass word must follow.
            let definite = name.contains { text.startsWithArticle(work.tokens[$0]) }
            if !text.ends(last, with: "ة"), !text.ends(last, with: "ي"), !text.ends(last, with: "ى"),
               definite ? StructuralPatterns(lexicon: lexicon).stateAfterCompassWord(at: name.upperBound, work, context: context) != nil
                   : isLocated(after: name.upperBound, work, context: context) { return name }
        }
        return nil
    }

    /// Whether a state's nisba, or a compass word and a state, follow `index`.
    private func isLocated(after index: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        if let next = work.spanIndex(startingAt: index), case .nisba = work.spans[next].value { return true }
        return StructuralPatterns(lexicon: lexicon).stateAfterCompassWord(at: index, work, context: context) != nil
    }

    /// Whether a folded Arabic word is a present verb of a derived form, opened by تت or يت
    /// ("شركة تتعامل مع": a company that deals with), which names nothing.
    static func isDerivedPresentVerb(_ word: String) -> Bool {
        word.count >= 5 && (word.hasPrefix("تت") || word.hasPrefix("يت"))
    }

    /// Whether a folded Arabic word has the pattern of a verbal noun of the second form, تفعيل
    /// ("شركة تعدين", "شركة تأمين", "شركة تطوير": a mining, insurance, development company), which
    /// names nothing.
    static func isSecondFormVerbalNoun(_ word: String) -> Bool {
        let letters = Array(word)
        return letters.count == 5 && letters[0] == "ت" && letters[3] == "ي"
    }

    /// The capitalised words after an English noun (and "of", for places: `afterOf`; after a
    /// phrase of list `example_markers` for organisations: "carmakers such as Volkswagen"), if any.
    private func englishName(after index: Int, afterOf: Bool, _ work: SentenceWork) -> Range<Int>? {
        guard !work.sentence.document.isArabic(work.tokens[index]), !work.startsLatin(index, capital: true) || afterOf else { return nil } // "a Gang Suppression Force": a word of the name
        let example = afterOf ? nil : work.spanIndex(startingAt: index + 1).flatMap { work.spans[$0].value == .function("example_markers") ? work.spans[$0].range.upperBound : nil }
        let start = example ?? (afterOf ? index + 2 : index + 1)
        guard !afterOf || work.token(index + 1, is: lexicon.keywords.of) else { return nil }
        var end = start, unknown = false
        // "the grid operator Red Electrica": a word the lexicon holds but in no phrase may stand in the name beside an unknown one.
        while end < work.tokens.count, end - start < 3, work.isUnknownWord(end) || work.isFreeKnownWord(end),
              work.sentence.text(of: end).unicodeScalars.first?.isLatinCapital == true {
            unknown = unknown || work.isUnknownWord(end)
            end += 1
            if PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, end), work.tokens[end + 1].isWord { end += 2 }
        }
        return end > start && unknown ? start..<end : nil
    }

    /// One capitalised word between an English possessive pronoun and a lower-case organisation
    /// noun ("his Agrofert conglomerate"), if it stands there.
    private func possessedEnglishName(before index: Int, _ work: SentenceWork) -> Range<Int>? {
        guard index >= 2, !work.sentence.document.isArabic(work.tokens[index]), work.startsLatin(index, capital: false),
              work.isUnknownWord(index - 1), work.startsLatin(index - 1, capital: true),
              work.token(index - 2, isIn: .possessives, lexicon: lexicon) else { return nil }
        return (index - 1)..<index
    }

    /// One or two capitalised words right before a lower-case English place noun, not opening the
    /// sentence ("in Surin province", "in the Hermel area"), if any.
    private func englishName(before index: Int, _ work: SentenceWork) -> Range<Int>? {
        guard index >= 2, !work.sentence.document.isArabic(work.tokens[index]),
              work.sentence.text(of: index).unicodeScalars.first?.properties.isLowercase == true else { return nil }
        var start = index
        while start > 1, index - start < 2, work.isUnknownWord(start - 1),
              work.sentence.text(of: start - 1).unicodeScalars.first?.isLatinCapital == true {
            start -= 1
        }
        return start < index ? start..<index : nil
    }
}
