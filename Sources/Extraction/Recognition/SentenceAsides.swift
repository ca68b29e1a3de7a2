import EntityGraph

/// Short asides set off by commas that name nothing a verb's subject or object could be: a day,
/// a date, a time phrase, where the event took place, a circumstance.
extension SentenceWork {
    /// Marks the commas around one or two words that start no span (a day, "أمس", "also"), with
    /// numbers, month names (a date: "، الثلاثاء 21 يونيو 2022،"), time phrases ("، الأسبوع
    /// الماضي،"), brackets ("، اليوم (الجمعة)،") and a place with ب besides.
    func findAsides() {
        let tokens = sentence.tokens
        let isComma: (Int) -> Bool = { tokens[$0].mark == "،" || tokens[$0].mark == "," }
        let isBracket: (Int) -> Bool = { tokens[$0].mark == "(" || tokens[$0].mark == ")" }
        for open in tokens.indices where isComma(open) && !asideCommas.contains(open) {
            var close = open + 1
            var words = 0
            var brackets = 0
            while close < tokens.count, close - open - brackets <= 6, tokens[close].isWord || isBracket(close) && brackets < 2 {
                if isBracket(close) {
                    (close, brackets) = (close + 1, brackets + 1)
                    continue
                }
                if let span = spanIndex(startingAt: close) {
                    if spans[span].value == .function("time_phrases") {
                        close = spans[span].range.upperBound
                        continue
                    }
                    guard case .month = spans[span].value else {
                        guard isPlaceOfTheDay(spans[span]) else { break }
                        close = spans[span].range.upperBound
                        continue
                    }
                    close = spans[span].range.upperBound
                } else {
                    if tokens[close].number < 0 { words += 1 }
                    guard words <= 2 else { break }
                    close += 1
                }
            }
            if close < tokens.count, close - open - brackets >= 2, close - open - brackets <= 6, brackets != 1, isComma(close) {
                asideCommas.formUnion([open, close])
            } else if let close = circumstanceEnd(after: open, isComma: isComma) ?? venueEnd(after: open, isComma: isComma) {
                asideCommas.formUnion([open, close])
            }
        }
        for open in asideCommas.sorted() {
            if let close = venueEnd(after: open, isComma: isComma), !asideCommas.contains(close) {
                asideCommas.insert(close)
                venueCommas.insert(open)
            }
        }
    }

    /// The actor itself, or for one inside a circumstance set off by commas, opened by a word of
    /// `aside_openers` ("قبرص ستعمل، خلال رئاستها لمجلس الاتحاد الأوروبي، على دعم لبنان": the EU
    /// is no one's subject there), the actor ending at most two tokens before its opening comma,
    /// if any. The commas of `asideCommas` open and close in turn, a venue's opening comma closing
    /// the aside before it too; members in apposition are no circumstance.
    func outsideAside(_ actor: Actor) -> Actor? {
        let before = asideCommas.filter { $0 < actor.range.lowerBound }
        guard (before.count + venueCommas.filter({ $0 < actor.range.lowerBound }).count) % 2 == 1, let open = before.max(),
              token(open + 1, isIn: .asideOpeners, lexicon: lexicon) else { return actor }
        return self.actor(endingBefore: open, gap: 2)
    }

    /// The comma that closes where an Arabic event took place, opened by في or a word with the
    /// proclitic ب right after the comma `open` ("استقبل ...، الأحد، في قصر الشاطئ بأبوظبي، الرئيس",
    /// "، بمقر الرئاسة في مدينة رام الله،"), after a time phrase, two words of a day or both ("، اليوم
    /// الجمعة بالقصر الملكي بالدار البيضاء،"): at most six words, one of them a place of the lexicon,
    /// or opened by a noun of list `venue_nouns` ("، عشية الخميس بقصر قرطاج،").
    private func venueEnd(after open: Int, isComma: (Int) -> Bool) -> Int? {
        let tokens = sentence.tokens
        var first = open + 1
        while let time = spanIndex(startingAt: first), spans[time].value == .function("time_phrases") { first = spans[time].range.upperBound } // "قبل ظهر اليوم"
        let dayWords = first // "، بعد ظهر الخميس بقصر قرطاج،": the day's words after a time phrase
        while first + 1 < tokens.count, first - dayWords < 2, tokens[first].isWord, tokens[first].number < 0, spanIndex(startingAt: first) == nil,
              tokens[first].word != lexicon.keywords.inside, !sentence.text(of: first).hasPrefix("ب") { first += 1 }
        guard first + 1 < tokens.count else { return nil }
        let withBa = spanIndex(startingAt: first).map { ArabicClitics.endsWithPreposition(spans[$0].clitic, "ب") }
            ?? sentence.text(of: first).hasPrefix("ب") // "بمقر", not the name "بريجوجين"
        guard tokens[first].word == lexicon.keywords.inside || (sentence.document.isArabic(tokens[first]) && withBa) else { return nil }
        var close = first + 1
        let noun = tokens[first].word == lexicon.keywords.inside ? first + 1 : first
        let building = spanIndex(startingAt: noun).map { spans[$0].value == .function("venue_nouns") } ?? false
        var place = false, timeWords = 0 // the stopwords of a day after a building's name
        while close < tokens.count, close - first <= 8 {
            if let end = parentheticalEnd(at: close) { close = end; continue } // "في مقر وزارة الدفاع الأمريكية (البنتاغون) بواشنطن"
            guard tokens[close].isWord else { break }
            if close > noun + 1, spanIndex(startingAt: close) == nil, lexicon.isFunctionWord(tokens[close].word, list: .stopwords) { timeWords += 1 } // "اليوم الجمعة"
            if let span = spanIndex(startingAt: close), case .entity(let id) = spans[span].value, lexicon.entities[id]?.kind == .place { place = true }
            close += 1
        }
        // A building's name is short: "بقصر قرطاج", "في قصر الحسينية اليوم الجمعة" (not "في قصر بعبدا المبعوث الأمريكي توم باراك").
        place = place || (building && close - noun - timeWords <= 3)
        return place && close < tokens.count && isComma(close) ? close : nil
    }

    /// Whether a span names a place with the proclitic ب ("، الخميس بالرباط،"): where the day's
    /// event took place, part of an aside.
    private func isPlaceOfTheDay(_ span: Span) -> Bool {
        guard case .entity(let id) = span.value, lexicon.entities[id]?.kind == .place else { return false }
        return ArabicClitics.endsWithPreposition(span.clitic, "ب")
    }

    /// The comma that closes a circumstance opened right after the comma `open` by a word of
    /// list `aside_openers`, within twelve tokens, words and names only between them.
    private func circumstanceEnd(after open: Int, isComma: (Int) -> Bool) -> Int? {
        let tokens = sentence.tokens
        guard open + 1 < tokens.count, lexicon.isFunctionWord(tokens[open + 1].word, list: .asideOpeners) else { return nil }
        var close = open + 2
        while close < tokens.count, close - open <= 12, tokens[close].isWord, !lexicon.isFunctionWord(tokens[close].word, list: .complementizers) {
            close += 1
        }
        return close < tokens.count && close - open <= 12 && isComma(close) ? close : nil
    }
}
