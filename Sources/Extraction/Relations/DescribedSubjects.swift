import EntityGraph

/// Arabic subjects named before a description set off by commas, with the verb right after it.
extension FramePatterns {
    /// The actor an Arabic description between commas, closed right before the verb (a stopword
    /// such as "قد" between), follows: the verb's subject ("وكان لوكاشينكو، الحليف المقرب للرئيس
    /// الروسي فلاديمير بوتين، قد سمح لروسيا": Lukashenko, not Putin). The description opens with
    /// the article or with a partner's noun right before the actor it names ("وكانت بيلاروس، حليفة
    /// روسيا، قد أرسلت ذخائر": Belarus), spans at most twelve tokens and is no short aside naming
    /// no one ("، الاثنين،").
    func describedSubject(before trigger: Span, _ work: SentenceWork) -> Actor? {
        var close = trigger.range.lowerBound - 1
        if close >= 0, work.tokens[close].isWord, lexicon.isFunctionWord(work.tokens[close].word, list: .stopwords),
           !work.token(close, isOneOf: lexicon.keywords.prepositions) { close -= 1 }
        guard close >= 2, work.tokens[close].mark == "،", !work.isAsideComma(close),
              let open = ((max(0, close - 12))..<close).last(where: { work.tokens[$0].mark == "،" || work.tokens[$0].mark == "," }),
              open + 1 < close, work.sentence.document.startsWithArticle(work.tokens[open + 1]) || isPartnerOfActor(open + 1, work) else { return nil }
        return appositionHead(before: open, work).flatMap { work.isPrepositional($0) ? nil : $0 }
    }

    /// Whether token `index` is a word of list `bloc_partner_nouns` right before an actor
    /// ("شريكة مالي").
    private func isPartnerOfActor(_ index: Int, _ work: SentenceWork) -> Bool {
        work.token(index, isInWordList: "bloc_partner_nouns", lexicon: lexicon) && work.actors.contains { $0.range.lowerBound == index + 1 }
    }
}
