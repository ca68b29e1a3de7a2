import EntityGraph

/// The second portfolio of an Arabic minister's title, between the title and the nisba of its
/// state ("وزير الخارجية والهجرة المصري", "وزير الشؤون الخارجية والتعاون الإفريقي المغربي"), and the
/// citizens abroad a portfolio may end with ("وزير الخارجية وشؤون المصريين في الخارج", "وزير
/// الشؤون الخارجية والتعاون والموريتانيين في الخارج"): whose citizens they are is whose minister;
/// a portfolio opened by ل before في ("المفوض السامي لحقوق الإنسان في الأمم المتحدة"); and a rank
/// after a comma that ends an office, before its holder's name.
extension RoleRecognizer {
    /// The number of words (one or two) of a second portfolio joined by و to an Arabic title
    /// before its nisba, event words among them; 0 when none stands there. The nisba is written
    /// bare, or with و when a phrase of `abroad_phrases` follows it.
    func portfolioLength(at index: Int, _ work: SentenceWork) -> Int {
        guard index < work.tokens.count, work.sentence.document.isArabic(work.tokens[index]),
              work.sentence.text(of: index).hasPrefix("و") else { return 0 }
        for length in 0...2 where index + length < work.tokens.count {
            guard work.tokens[index + length].isWord else { return 0 }
            guard let span = work.spanIndex(startingAt: index + length) else { continue }
            if work.spans[span].value.isNisba {
                let clitic = work.spans[span].clitic
                let citizensAbroad = clitic == "و" && phraseLength(of: "abroad_phrases", at: work.spans[span].range.upperBound, work) > 0
                return (length > 0 && clitic.isEmpty) || citizensAbroad ? length : 0
            }
            guard work.spans[span].isEventWord else { return 0 }
        }
        return 0
    }

    /// The number of words (one or two) of an Arabic portfolio opened by the preposition ل at
    /// token `index` and closed by في ("المفوض السامي لحقوق الإنسان في الأمم المتحدة"), naming
    /// nothing the lexicon knows; nil when none stands there.
    func portfolioBeforeInside(at index: Int, _ work: SentenceWork) -> Int? {
        guard index < work.tokens.count, work.sentence.document.isArabic(work.tokens[index]),
              NameFolding.fold(work.sentence.text(of: index)).hasPrefix("ل") else { return nil }
        return (1...2).first { words in
            index + words < work.tokens.count && work.token(index + words, is: lexicon.keywords.inside)
                && (index..<(index + words)).allSatisfy { work.tokens[$0].isWord && work.spanIndex(startingAt: $0) == nil }
        }
    }

    /// The number of words of an Arabic department named between a title and the body it belongs
    /// to: a word of list `department_nouns` and at most six more words, up to في, a state body
    /// written with ب or a name written with ل ("مدير إدارة الشؤون الآسيوية في الخارجية الصينية",
    /// "المدير العام لإدارة شؤون آسيا والمحيط الهادي بالخارجية اليابانية", "رئيس المكتب السياسي
    /// لحركة حماس"); nil when none stands there.
    func departmentBeforeInside(at index: Int, _ work: SentenceWork) -> Int? {
        guard work.token(index, isInWordList: "department_nouns", lexicon: lexicon) else { return nil }
        var end = index + 1
        while end < work.tokens.count, end - index <= 7, work.tokens[end].isWord {
            if work.token(end, is: lexicon.keywords.inside) { return end - index }
            if let body = work.spanIndex(startingAt: end), case .institution = work.spans[body].value,
               ArabicClitics.endsWithPreposition(work.spans[body].clitic, "ب") { return end - index }
            if let name = work.spanIndex(startingAt: end), case .entity = work.spans[name].value,
               ArabicClitics.endsWithPreposition(work.spans[name].clitic, "ل") { return end - index }
            end += 1
        }
        return nil
    }

    /// A state's ministry or other body right after في at `index`, or written there with ب
    /// ("في الخارجية اليابانية", "بالخارجية الصينية"): the body, and the spans naming it.
    func ministryAfterInside(at index: Int, _ work: SentenceWork, context: DocumentContext) -> (id: String, spans: [Int])? {
        let inside = work.token(index, is: lexicon.keywords.inside)
        guard let position = work.spanIndex(startingAt: inside ? index + 1 : index), case .institution = work.spans[position].value,
              inside ? work.spans[position].clitic.isEmpty : ArabicClitics.endsWithPreposition(work.spans[position].clitic, "ب") else { return nil }
        var role = "director", used: [Int] = []
        guard let body = institutionOffice(at: position, role: &role, used: &used, work, context: context) else { return nil }
        return (body, [position] + used)
    }

    /// The number of tokens of a phrase of the function-word list `list` at token `index`; 0
    /// when none starts there. `abroad_phrases` end a portfolio ("في الخارج", "بالخارج");
    /// `autonomy_phrases` describe an office before its holder's name ("حاكمة إقليم غاغاوزيا ذي
    /// الحكم الذاتي إيفغينيا غوتسول", "رئيس إقليم أبخازيا الانفصالي بادرا غونبا").
    func phraseLength(of list: String, at index: Int, _ work: SentenceWork) -> Int {
        guard let span = work.spanIndex(startingAt: index), work.spans[span].value == .function(list) else { return 0 }
        return work.spans[span].range.count
    }

    /// Makes the event words of a title's second portfolio ("والتعاون" in "وزير الشؤون الخارجية
    /// والتعاون الإفريقي") part of the title: they tell no event.
    func silenceEventWords(in range: Range<Int>, _ work: SentenceWork) {
        for position in work.spans.indices where range.contains(work.spans[position].range.lowerBound) && work.spans[position].isEventWord {
            work.spans[position].value = .function("title_portfolio")
        }
    }

    /// Whether token `index` is a comma after an office, followed by a rank of list
    /// `title_qualifiers` and a name ("رئيس المجلس العسكري الحاكم في ميانمار، الجنرال مين أونغ
    /// هلاينغ،"): the name is the office holder's.
    func isRankAfterComma(_ index: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard index + 2 < work.tokens.count, [",", "،"].contains(work.tokens[index].mark),
              work.token(index + 1, isIn: .titleQualifiers, lexicon: lexicon) else { return false }
        let name = pastAbbreviationPeriod(index + 2, work) // "Gen. Dagvin Anderson"
        if let span = work.spanIndex(startingAt: name), case .entity(let id) = work.spans[span].value, context.kind(id) == .person { return true }
        return nameLength(work, from: name) != nil || startsPersonName(at: name, work, context: context)
    }

    /// Where up to three ranks of list `title_qualifiers` from `index` end, an abbreviation's period
    /// after one included ("the commander of U.S. Africa Command, Gen. Dagvin Anderson"), when a
    /// name follows them; `index` otherwise.
    func endOfRanks(from index: Int, _ work: SentenceWork) -> Int {
        var end = index
        while end < index + 4, work.token(end, isIn: .titleQualifiers, lexicon: lexicon), !startsEntityName(at: end, work) {
            end = pastAbbreviationPeriod(end + 1, work)
        }
        return end > index && nameStarts(at: end, work) ? end : index
    }

    /// After an Arabic office, the token after one adjective of list `title_adjectives` that
    /// qualifies it when a name follows ("زعيمة حزب المحافظين المعارض كيمي بادينوك"); `index`
    /// otherwise.
    func endOfOfficeAdjective(at index: Int, _ work: SentenceWork) -> Int {
        guard index < work.tokens.count, work.sentence.document.isArabic(work.tokens[index]),
              work.token(index, isInWordList: "title_adjectives", lexicon: lexicon),
              work.spanIndex(startingAt: index).map({ !work.spans[$0].value.isName }) ?? true,
              nameStarts(at: index + 1, work) else { return index }
        return index + 1
    }

    /// Whether token `index` is an Arabic adjective of list `title_adjectives`, spanned by nothing,
    /// between a title that names no leader and the nisba of its office ("القائد العسكري الأوكراني",
    /// "المسؤول الأمني الروسي"; not "الزعيم المعارض الروسي", whose state he does not lead).
    func isServiceAdjective(at index: Int, role: String, _ work: SentenceWork) -> Bool {
        guard index < work.tokens.count, !lexicon.leaderRoles.contains(role), work.sentence.document.isArabic(work.tokens[index]),
              work.spanIndex(startingAt: index) == nil, work.token(index, isInWordList: "title_adjectives", lexicon: lexicon),
              let next = work.spanIndex(startingAt: index + 1) else { return false }
        return work.spans[next].value.isNisba && work.spans[next].clitic.isEmpty
    }

    /// Whether a name starts at token `index`: a span naming an actor, or else a name the lexicon
    /// lacks, as a title's holder is read.
    private func nameStarts(at index: Int, _ work: SentenceWork) -> Bool {
        work.spanIndex(startingAt: index).map { work.spans[$0].value.isName } ?? (nameLength(work, from: index) != nil)
    }

    /// The token after the period at `index` when it closes an abbreviation of list
    /// `abbreviations` ("Gen."), else `index`.
    func pastAbbreviationPeriod(_ index: Int, _ work: SentenceWork) -> Int {
        index > 0 && index + 1 < work.tokens.count && work.tokens[index].mark == "."
            && work.token(index - 1, isIn: .abbreviations, lexicon: lexicon) ? index + 1 : index
    }
}
