import EntityGraph

/// English event words spelled alike as a noun and a verb ("support", "attack"): which use the
/// sentence makes of one.
extension FramePatterns {
    /// Whether an English event noun is a verb in the infinitive: after "to" or a modal and right
    /// before the actor it acts on, "the" allowed ("to attack Kyiv", "could attack Taiwan", "to
    /// support the M23"), or before "what" opening its object ("continued to strike what it says are
    /// Hezbollah targets").
    func isEnglishInfinitive(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let before = trigger.range.lowerBound - 1, after = trigger.range.upperBound
        let objectStart = work.token(after, is: lexicon.keywords.the) ? after + 1 : after
        return (work.token(before, is: lexicon.keywords.toEnglish) || work.token(before, isIn: .futureMarkers, lexicon: lexicon))
            && (work.actors.contains { $0.range.lowerBound == after || $0.range.lowerBound == objectStart }
                || after < work.tokens.count && work.sentence.text(of: after).lowercased() == "what")
    }

    /// Whether an English verb trigger spelled like a noun is used as one: right after "with" or
    /// "against", or after one word that starts no span after it ("comply with Western sanctions
    /// against Moscow": Kazakhstan imposes none), or, one word, closing a preposition's phrase of
    /// names and capitalised words ("a deal for U.S. LNG supplies": no verb follows a preposition
    /// so), or right after a nisba adjective.
    func isEnglishNounUse(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        guard start > 0, isEnglish(trigger, work) else { return false }
        let markers = lexicon.keywords.nounMarkers
        return work.token(start - 1, isOneOf: markers)
            || (work.tokens[start - 1].isWord && work.spanIndex(startingAt: start - 1) == nil && work.token(start - 2, isOneOf: markers))
            || trigger.range.count == 1 && (closesPrepositionalPhrase(start, work) || followsNisbaAdjective(start, work))
    }

    /// Whether a nisba written as an adjective, not a plural noun, stands right before token
    /// `start` ("condemn Russian drills"; "Russians attacked" has its subject).
    private func followsNisbaAdjective(_ start: Int, _ work: SentenceWork) -> Bool {
        guard let span = work.span(endingAt: start), case .nisba = span.value else { return false }
        return !work.sentence.text(of: start - 1).hasSuffix("s")
    }

    /// Whether an English verb trigger of list `nouns_after_articles` follows an article, as a
    /// noun that names no event does ("the latest sign of a deterioration in ties"), or an English
    /// trigger follows a noun of list `joining_nouns` with no "with" after it ("Ukraine and
    /// Moldova began accession negotiations": talks with the bloc they would join, not with each
    /// other).
    func isNounOfNoEvent(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        if start >= 1, work.token(start - 1, isInWordList: "joining_nouns", lexicon: lexicon), isEnglish(trigger, work) {
            return !(trigger.range.upperBound - 1...trigger.range.upperBound).contains { work.token($0, is: lexicon.keywords.withEnglish) }
        }
        return trigger.range.count == 1 && work.token(start, isInWordList: "nouns_after_articles", lexicon: lexicon)
            && followsArticle(start, work)
    }

    /// Whether an article stands right before token `start`, or before one lowercase word or an
    /// opening quotation mark before it ("the latest sign of a deterioration", 'a "designated
    /// terrorist organization"': a noun or an adjective).
    private func followsArticle(_ start: Int, _ work: SentenceWork) -> Bool {
        let articles = lexicon.keywords.articles
        return work.token(start - 1, isOneOf: articles)
            || (work.startsLatin(start - 1, capital: false) || work.isQuotationMark(start - 1)) && work.token(start - 2, isOneOf: articles)
    }

    /// Whether one to four tokens before `start`, each of an actor named (no pronoun) or a
    /// capitalised word that starts no span, one actor among them, follow a preposition of
    /// `prepositions` or "for" / "of"; a past form ("on Tuesday accused") is a verb all the same.
    private func closesPrepositionalPhrase(_ start: Int, _ work: SentenceWork) -> Bool {
        guard !work.sentence.text(of: start).hasSuffix("ed") else { return false }
        var index = start - 1, named = false
        while index >= 0, start - index <= 4 {
            if work.actors.contains(where: { $0.range.contains(index) && $0.source != .anaphora }) {
                named = true
            } else if !(work.tokens[index].isWord && work.spanIndex(startingAt: index) == nil && work.startsLatin(index, capital: true)) {
                break
            }
            index -= 1
        }
        let keywords = lexicon.keywords
        return named && (work.token(index, isOneOf: keywords.prepositions) || work.token(index, is: keywords.forEnglish) || work.token(index, is: keywords.of))
    }
}
