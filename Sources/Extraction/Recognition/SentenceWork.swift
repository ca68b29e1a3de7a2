import EntityGraph

/// One sentence while it is being read: its spans, the actors found so far, its date and the
/// last enumeration of states (what "all of them" refers to). A class: the readers of a sentence
/// share one, so passing it around copies no arrays; one thread reads a sentence, so its
/// properties are not checked for exclusive access at run time (`@exclusivity(unchecked)`).
final class SentenceWork {
    let sentence: Sentence
    @exclusivity(unchecked) var spans: [Span] {
        didSet { indexSpans() }
    }
    /// Span indices used up by titles (their nisba or organisation, their name).
    @exclusivity(unchecked) var consumed: Set<Int> = []
    /// Actors in token order.
    @exclusivity(unchecked) var actors: [Actor] = []
    /// The date written in the sentence, if any.
    @exclusivity(unchecked) var date: String?
    /// The token where that date is written.
    @exclusivity(unchecked) var dateIndex = 0
    /// The article's date (ISO), for the year of a month written alone.
    @exclusivity(unchecked) var articleDate: String?
    /// The actors most recently enumerated in the sentence: states listed, the subjects of an
    /// event, or both sides of a meeting (whom "all of them", or an Arabic dual verb after the
    /// meeting, refers to).
    @exclusivity(unchecked) var enumeration: [String] = []
    /// Tokens starting what was asked, alleged or warned against ("طالب الغرب بتزويد ...",
    /// "حذرت الغرب من مغبة نشر"), with the modality their content takes: event words in the
    /// next three tokens are that content, not events asserted on their own.
    @exclusivity(unchecked) var complements: [Int: String] = [:]
    /// For each token, the index of the span starting there, or -1.
    @exclusivity(unchecked) private var spanStarts: [Int] = []
    /// Tokens that open a subordinate or contrasting clause ("after", "because", "لكن").
    private let clauseOpeners: Set<Int>
    /// Tokens that introduce a governed clause ("أن", "إن").
    private let complementizers: Set<Int>
    /// Commas around a short aside that names nothing ("زيلينسكي، الأحد، الدول") or around the
    /// states a group is spelled out as (`setOffMembersInApposition`): they do not break the clause.
    @exclusivity(unchecked) var asideCommas: Set<Int> = []
    /// The commas closing one aside that open a second, on where the event took place.
    @exclusivity(unchecked) var venueCommas: Set<Int> = []

    /// The lexicon the sentence is read with.
    let lexicon: Lexicon

    init(sentence: Sentence, spans: [Span], lexicon: Lexicon) {
        self.sentence = sentence
        self.spans = spans
        self.lexicon = lexicon
        let tokensIn = { (list: FunctionList) in
            Set(sentence.tokens.indices.filter { index in
                let token = sentence.tokens[index]
                return token.isWord && (lexicon.isFunctionWord(token.word, list: list)
                    || (token.readings.0.clitic == ArabicClitics.waw && lexicon.isFunctionWord(token.readings.0.word, list: list)))
            })
        }
        clauseOpeners = tokensIn(.clauseOpeners)
        complementizers = tokensIn(.complementizers)
        indexSpans()
        findAsides()
    }

    var tokens: [Token] { sentence.tokens }

    private func indexSpans() {
        spanStarts = [Int](repeating: -1, count: sentence.tokens.count + 1)
        for (index, span) in spans.enumerated() { spanStarts[span.range.lowerBound] = index }
    }

    /// Adds spans found after the lexicon's matching (new places, names read in context), each
    /// unless it overlaps a span already there, keeping the spans in order.
    func addSpans(_ found: [Span]) {
        let free = found.filter { new in !spans.contains { $0.range.overlaps(new.range) } }
        guard !free.isEmpty else { return }
        spans = (spans + free).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The span ending right before token `index`, if any.
    func span(endingAt index: Int) -> Span? {
        spans.last { $0.range.upperBound == index }
    }

    /// The index of the span starting at token `index`.
    func spanIndex(startingAt index: Int) -> Int? {
        guard index >= 0, index < spanStarts.count, spanStarts[index] >= 0 else { return nil }
        return spanStarts[index]
    }

    /// Whether token `index` reads (as written or after proclitics) as a one-word member of a function list.
    func token(_ index: Int, isIn list: FunctionList, lexicon: Lexicon) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].isWord else { return false }
        let token = tokens[index]
        return lexicon.isFunctionWord(token.word, list: list)
            || (token.readings.0.clitic != 0 && lexicon.isFunctionWord(token.readings.0.word, list: list))
            || (token.readings.1.clitic != 0 && lexicon.isFunctionWord(token.readings.1.word, list: list))
    }

    /// Whether token `index` is the word `word`, possibly after و or ف.
    func token(_ index: Int, is word: Int32) -> Bool {
        guard index >= 0, index < tokens.count, word >= 0 else { return false }
        return tokens[index].reads(word)
    }

    /// Whether token `index` is one of `words`, possibly after و or ف.
    func token(_ index: Int, isOneOf words: Set<Int32>) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        return words.contains(token.word)
            || ((token.readings.0.clitic == ArabicClitics.waw || token.readings.0.clitic == ArabicClitics.fa)
                && words.contains(token.readings.0.word))
    }

    /// Whether token `index` is a comma (not one around a short aside, nor one grouping the
    /// digits of a number: "2,000"), semicolon or colon.
    func isClauseBreak(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, let mark = tokens[index].mark, !asideCommas.contains(index),
              !isDigitGroupComma(index) else { return false }
        return mark == "،" || mark == "," || mark == "؛" || mark == ";" || mark == ":"
    }

    /// Whether an actor is introduced as a location: after ب, or after a locative ("في بكين",
    /// "بموسكو", "in Beijing", "at the White House"), also with a place noun between ("في مدينة
    /// فيلنيوس", "بمدينة", "في قضاء صور", "in the city of Vilnius"), the capital noun ("بالعاصمة
    /// مينسك") or a compound adjective ("in Russian-occupied Crimea").
    func isLocative(_ actor: Actor, keywords: Keywords) -> Bool {
        var before = actor.range.lowerBound - 1
        if PhraseTable<LexiconValue>.isGluedHyphen(tokens, before - 1) { before -= 3 } // "in Russian-occupied Crimea"
        if ArabicClitics.endsWithPreposition(actor.clitic, "ب") || isAfterLocative(before, keywords: keywords) { return true }
        let placeWords: [LexiconValue] = [.function("capital_words"), .function("compass_locations")]
        if let capital = spans.last(where: { $0.range.upperBound == actor.range.lowerBound && placeWords.contains($0.value) }),
           ArabicClitics.endsWithPreposition(capital.clitic, "ب")
            || [capital.range.lowerBound - 1, capital.range.lowerBound].contains(where: { isAfterLocative($0, keywords: keywords) }) {
            return true // "بالعاصمة مينسك", "في العاصمة مينسك", "في شرق ليبيا"
        }
        let noun = token(before, is: keywords.of) ? before - 1 : before
        let nouns = [FunctionList.placeNameNouns, .locatedPlaceNameNouns].filter { token(noun, isIn: $0, lexicon: lexicon) }
        guard let list = nouns.first else { return false }
        let clitic = [tokens[noun].readings.0, tokens[noun].readings.1].first { $0.clitic != 0 && lexicon.isFunctionWord($0.word, list: list) }?.clitic
        return clitic.map { ArabicClitics.endsWithPreposition(ArabicClitics.prefixes[Int($0) - 1], "ب") } == true
            || isAfterLocative(noun - 1, keywords: keywords)
    }

    /// Whether token `index` is a locative, or "the" after one.
    private func isAfterLocative(_ index: Int, keywords: Keywords) -> Bool {
        token(index, isOneOf: keywords.locative) || (token(index, is: keywords.the) && token(index - 1, isOneOf: keywords.locative))
    }

    /// The proclitic of the span that starts at token `index` ("" when none starts there).
    func clitic(startingAt index: Int) -> String {
        spanIndex(startingAt: index).map { spans[$0].clitic } ?? ""
    }

    /// Whether token `index` opens or closes an aside set between commas.
    func isAsideComma(_ index: Int) -> Bool {
        asideCommas.contains(index)
    }

    /// The token after the short aside that opens at `index` ("، الجمعة،"), or `index` itself
    /// when no aside opens there; an epithet after a name (list `honorific_epithets`: "المعظم")
    /// is skipped before it.
    func skippingAside(_ index: Int) -> Int {
        if let epithet = spanIndex(startingAt: index), spans[epithet].value == .function("honorific_epithets") {
            return skippingAside(spans[epithet].range.upperBound)
        }
        guard index < tokens.count, asideCommas.contains(index) else { return index }
        var close = index + 1
        while close < tokens.count, !asideCommas.contains(close) { close += 1 }
        if venueCommas.contains(close) { return skippingAside(close) } // "، الأحد، في قصر الشاطئ بأبوظبي،"
        return min(close + 1, tokens.count)
    }

    /// The token after an aside saying where something was said that starts at `index`: في or
    /// "in", an English article, and up to three words of list `statement_words` that start no
    /// span of more than one word ("في بيان لها", "in a written statement"; not "في بيان مشترك", a
    /// joint statement), or `index` itself when none starts there.
    func skippingStatement(_ index: Int) -> Int {
        guard index + 1 < tokens.count, lexicon.keywords.locative.contains(tokens[index].word) else { return index }
        let first = lexicon.keywords.articles.contains(tokens[index + 1].word) ? index + 2 : index + 1
        var end = first
        while end < tokens.count, end - first < 3, token(end, isIn: .statementWords, lexicon: lexicon),
              spanIndex(startingAt: end).map({ spans[$0].range.count == 1 }) ?? true { end += 1 }
        return end > first ? end : index
    }

    /// The token after a circumstance of two words without commas that starts at `index`
    /// ("يلتقي شويجو خلال الزيارة الرئيس الإيراني", "met during the visit the president"): a
    /// word of list `aside_openers` and one more word naming no one, before an actor; `index`
    /// itself otherwise, or after a time phrase there ("شن الأسبوع الماضي غارات").
    func skippingCircumstance(_ index: Int) -> Int {
        let index = skippingTimePhrase(index)
        let noun = lexicon.keywords.articles.contains(index + 1 < tokens.count ? tokens[index + 1].word : -1) ? index + 2 : index + 1
        guard noun + 1 < tokens.count, token(index, isIn: .asideOpeners, lexicon: lexicon), tokens[noun].isWord,
              !actors.contains(where: { $0.range.contains(noun) }), actors.contains(where: { $0.range.lowerBound == noun + 1 }) else { return index }
        return noun + 1
    }

    /// The token after a time phrase of list `time_phrases` that starts at `index` ("الأسبوع
    /// الماضي", "أمس", "last week"), a month after في / "in", written with its other name after
    /// a slash or not ("في أكتوبر/تشرين الأول"), or a year after it ("شنت في 2022 ضربات", "في
    /// عام 2022"); `index` itself otherwise.
    func skippingTimePhrase(_ index: Int) -> Int {
        if lexicon.keywords.locative.contains(index < tokens.count ? tokens[index].word : -1) {
            let year = token(index + 1, isIn: .yearWords, lexicon: lexicon) ? index + 2 : index + 1
            if year < tokens.count, (1900...2100).contains(tokens[year].number) { return year + 1 }
        }
        if lexicon.keywords.locative.contains(index < tokens.count ? tokens[index].word : -1), let month = spanIndex(startingAt: index + 1),
           case .month = spans[month].value {
            // "فرضت في يونيو الماضي عقوبات": a month, its year or "الماضي" / "المقبل".
            var end = spans[month].range.upperBound
            if end < tokens.count, tokens[end].mark == "/", let other = spanIndex(startingAt: end + 1), case .month = spans[other].value {
                end = spans[other].range.upperBound
            }
            return end < tokens.count && (tokens[end].number >= 0 || ["الماضي", "المقبل", "الفائت"].contains(NameFolding.fold(sentence.text(of: end))))
                ? end + 1 : end
        }
        guard let time = spanIndex(startingAt: index), spans[time].value == .function("time_phrases") else { return index }
        return spans[time].range.upperBound
    }

    /// Whether token `index` is a comma written between the digit groups of a number ("2,000",
    /// "1,340km").
    func isDigitGroupComma(_ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index].mark == ",", tokens[index - 1].number >= 0,
              tokens[index + 1].number >= 0 || sentence.text(of: index + 1).utf8.prefix(3).allSatisfy({ (0x30...0x39).contains($0) })
        else { return false }
        return tokens[index - 1].utf8End == tokens[index].utf8Start && tokens[index].utf8End == tokens[index + 1].utf8Start
    }

    /// Whether a comma, semicolon or colon, or a word opening another clause (a complementizer
    /// too), stands among the tokens of `range`: a verb's subject and object do not reach across it.
    func hasClauseBreak(_ range: Range<Int>) -> Bool {
        range.contains { isClauseBreak($0) || clauseOpeners.contains($0) || complementizers.contains($0) }
    }

    /// Whether token `index` is a word opening another clause or a complementizer.
    func opensClause(_ index: Int) -> Bool {
        clauseOpeners.contains(index) || complementizers.contains(index)
    }

    /// Whether token `index` ends the reach of a governing verb (a denial, a refusal): a
    /// punctuation break, a clause opener, or "and" before an auxiliary that opens a verb phrase
    /// of its own ("has refused to condemn ... and has become"); not a complementizer ("نفت موسكو
    /// أن تكون ...").
    func endsGovernance(_ index: Int) -> Bool {
        isClauseBreak(index) || clauseOpeners.contains(index)
            || (token(index, is: lexicon.keywords.and) && token(index + 1, isIn: .auxiliaries, lexicon: lexicon))
    }

    /// The sentence's date as the date of an event ending at token `end`: not when the date is
    /// written after it in another clause joined by "and" / و, a relative pronoun after a comma
    /// or a semicolon ("has threatened the Baltic states, and in 2022 Russia invaded": 2022 is the
    /// invasion's; "keeps troops in Transnistria, which broke away in 1992"), nor a year that dates
    /// another event after "since" (`datesEventAfterSince`).
    func date(ofEventEndingAt end: Int) -> String? {
        if let month = monthOfEvent(after: end) { return month }
        if date != nil, dateIndex < end, isInClosedRelativeClause(dateIndex, before: end) { return nil }
        if date != nil, end > 0, isInOtherApposition(dateIndex, than: end - 1) { return nil }
        guard let date, dateIndex > end else { return date }
        if datesEventAfterSince(dateIndex, eventEnd: end) { return nil } // "في أول زيارة ... منذ استقلال البلاد عام 1946"
        let laterClause = (end..<dateIndex).contains { index in
            guard let mark = tokens[index].mark else { return opensClause(index) }
            guard mark == "," || mark == "،" else { return mark == ";" || mark == "؛" }
            guard index + 1 < tokens.count, tokens[index + 1].isWord else { return false }
            let next = tokens[index + 1]
            return next.readings.0.clitic == ArabicClitics.waw || next.readings.1.clitic == ArabicClitics.waw
                || sentence.text(of: index + 1).lowercased() == "and" || lexicon.isFunctionWord(next.word, list: .relativePronouns)
        }
        return laterClause ? nil : date
    }

    /// Whether token `index` stands in a relative clause set off by commas that closes before
    /// token `end` ("Lithuania, which declared independence in 1990, has been a critic of
    /// Moscow's war": the year is not the war's).
    private func isInClosedRelativeClause(_ index: Int, before end: Int) -> Bool {
        guard (index..<end).contains(where: isComma), let opening = (0..<index).last(where: isComma), opening + 1 < index else { return false }
        return token(opening + 1, isIn: .relativePronouns, lexicon: lexicon)
    }

    /// Whether token `index` stands in an Arabic apposition set off by commas that does not hold
    /// token `last` ("ليتوانيا، العضو في الحلف منذ عام 2004، تتهم موسكو": the year is the
    /// membership's, not the accusation's).
    private func isInOtherApposition(_ index: Int, than last: Int) -> Bool {
        guard let opening = (0..<index).last(where: { tokens[$0].mark == "،" }),
              let close = appositionEnd(after: opening, lexicon: lexicon), close > index else { return false }
        return !(opening..<close).contains(last)
    }

    /// A month written after an event in its clause, within ten tokens and not part of the
    /// sentence's date ("وقعها الرئيسان ... في يناير الماضي" in a sentence dated 17 April 2025:
    /// `2025-01`).
    private func monthOfEvent(after end: Int) -> String? {
        guard let month = spans.first(where: { span in
            guard case .month = span.value, span.range.lowerBound >= end, span.range.lowerBound < end + 10 else { return false }
            return true
        }), date == nil || dateIndex != month.range.lowerBound, !hasClauseBreak(end..<month.range.lowerBound),
              !(month.range.lowerBound > 0 && (1...31).contains(tokens[month.range.lowerBound - 1].number)),
              !(month.range.upperBound < tokens.count && (1...31).contains(tokens[month.range.upperBound].number)) else { return nil }
        return DateParser.monthOfEvent(sentence.tokens, spans: spans, in: month.range, reference: articleDate) { index in
            index >= 0 && index < tokens.count && lexicon.isFunctionWord(tokens[index].word, list: .pastMarkers)
        }
    }

    /// Whether a phrase ending at token `end` stands right before token `start`, or does with
    /// an English possessive between them ("Russia's Defense Ministry", "Belarus' army").
    func adjoins(_ end: Int, _ start: Int) -> Bool {
        end == start || possessiveLength(at: end).map { end + $0 == start } == true
    }

    /// The actor whose English possessive ends right before token `start` ("Belarus's
    /// neighbors", "Latvia's capital"), if any.
    func possessor(before start: Int) -> Actor? {
        actors.last { actor in
            actor.range.upperBound < start && possessiveLength(at: actor.range.upperBound).map { actor.range.upperBound + $0 == start } == true
        }
    }

    /// Whether an English possessive ending starts at token `index`.
    func isPossessiveEnding(at index: Int) -> Bool {
        possessiveLength(at: index) != nil
    }

    /// The tokens of the English possessive ending at token `index`: two for "'s", one for the
    /// apostrophe alone after a word ending in s ("Belarus' leader"); nil when there is none.
    func possessiveLength(at index: Int) -> Int? {
        guard index >= 1, index + 1 < tokens.count, tokens[index].mark == "'" || tokens[index].mark == "’" else { return nil }
        if sentence.text(of: index + 1) == "s" { return 2 }
        let before = tokens[index - 1], after = tokens[index + 1]
        guard before.isWord, before.utf8End == tokens[index].utf8Start, tokens[index].utf8End < after.utf8Start, after.isWord,
              sentence.document.ends(before, with: "s") else { return nil }
        return 1
    }

    /// The tokens of an English possessive ending right before token `index` (see
    /// `possessiveLength`), if any.
    func possessiveLength(before index: Int) -> Int? {
        if let length = possessiveLength(at: index - 2), length == 2 { return 2 }
        if let length = possessiveLength(at: index - 1), length == 1 { return 1 }
        return nil
    }

    /// Whether token `index` is an Arabic word that no span covers, of no function list and no number.
    func isUncoveredArabicWord(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.isWord && token.number < 0 && sentence.document.isArabic(token)
            && !lexicon.isAnyFunctionWord(token.word) && !spans.contains(where: { $0.range.contains(index) })
    }

    /// Whether token `index` ends the sentence.
    func isFullStop(_ index: Int) -> Bool {
        tokens[index].mark == "."
    }

    /// Adds an actor, keeping token order.
    func add(_ actor: Actor) {
        actors.insert(actor, at: firstActorIndex(startingAtOrAfter: actor.range.lowerBound + 1))
    }

    /// The first actor starting in `range` of token indices.
    func firstActor(in range: Range<Int>) -> Actor? {
        let index = firstActorIndex(startingAtOrAfter: range.lowerBound)
        return index < actors.count && actors[index].range.lowerBound < range.upperBound ? actors[index] : nil
    }

    /// The last actor ending at or before `index` and no more than `gap` tokens before it.
    func actor(endingBefore index: Int, gap: Int) -> Actor? {
        actors.last { $0.range.upperBound <= index && index - $0.range.upperBound <= gap }
    }

    /// The actor a short aside alone separates from token `index` ("أعلنت وزارة الخارجية
    /// المولدوفية، اليوم الأربعاء، طرد").
    func actor(beforeAsideEndingAt index: Int) -> Actor? {
        actors.last { $0.range.upperBound < index && skippingAside($0.range.upperBound) == index }
    }

    /// The last actor followed by a time phrase ending at token `index` ("فرضت واشنطن في
    /// أكتوبر/تشرين الأول عقوبات": Washington before the sanctions).
    func actor(beforeTimePhraseEndingAt index: Int) -> Actor? {
        actors.last { $0.range.upperBound < index && skippingTimePhrase($0.range.upperBound) == index }
    }

    /// The tokens of a range as written.
    func text(_ range: Range<Int>) -> String { sentence.text(range) }

    /// Whether token `index` is written starting with a Latin capital (`capital`) or a Latin
    /// lower-case letter.
    func startsLatin(_ index: Int, capital: Bool) -> Bool {
        guard index >= 0, index < tokens.count, let first = sentence.text(of: index).unicodeScalars.first, first.isLatinLetter else { return false }
        return first.isLatinCapital == capital
    }

    /// The names of the lexicon or the document the sentence's spans give, with their tokens.
    var entityNames: [(id: String, range: Range<Int>)] {
        spans.compactMap { span in if case .entity(let id) = span.value { (id, span.range) } else { nil } }
    }

    /// The actors that name one entity and the names the sentence's spans give, with their tokens.
    var singleNames: [(id: String, range: Range<Int>)] {
        actors.filter { $0.ids.count == 1 }.map { ($0.ids[0], $0.range) } + entityNames
    }
}
