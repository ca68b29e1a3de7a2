import EntityGraph

/// Arabic parties and movements the lexicon does not know, named by their noun, one to three
/// words with the article and their state's nisba: "حزب الشعب المنغولي", "حركة النهضة التونسية";
/// without the nisba, before a relative clause naming their leader ("حزب العمل الديمقراطي
/// المستقل، الذي يتزعمه تروفوادا") or a word describing a party ("جبهة الخلاص الوطني المعارضة"),
/// or right after a title ("زعيم حزب الحركة القومية دولت بهتشلي").
extension CompanyNames {
    /// Replaces each such name by one span of a new organisation, part of the nisba's state: a
    /// noun of list `founder_named_nouns` ("حزب", "حركة") that starts no span, one to three
    /// Arabic words with the article that no span covers and no function list holds (the
    /// second or third may be joined by و: "حزب العدالة والتنمية التركي"), then the nisba with
    /// the article and no proclitic. The nisba is part of the name; without one the words may
    /// describe the party ("حزب المعارضة الرئيسي") and make no name, unless its leader is named or
    /// a word describing a party follows.
    func recognizeArabicParties(_ work: SentenceWork, context: DocumentContext) {
        let bit = lexicon.wordLists.bit("founder_named_nouns")
        for head in work.tokens.indices where work.tokens[head].wordLists & bit != 0 && work.spanIndex(startingAt: head) == nil {
            var end = head + 1
            while end < work.tokens.count, end - head <= 3, isUnknownDefiniteWord(end, joined: end > head + 1, work) { end += 1 }
            guard end > head + 1, !work.spans.contains(where: { $0.range.contains(head) }) else { continue }
            guard let nisba = work.spanIndex(startingAt: end), case .nisba(let state) = work.spans[nisba].value,
                  work.spans[nisba].clitic.isEmpty, work.spans[nisba].range.count == 1,
                  work.sentence.document.startsWithArticle(work.tokens[end]) else {
                // "حزب العمل الديمقراطي المستقل، الذي يتزعمه تروفوادا"; a word describing the party stays in its mention.
                let described = describesParty(at: end, work)
                if described || isLedInRelativeClause(after: end, work) {
                    let mention = head..<(described && work.spanIndex(startingAt: end) == nil ? end + 1 : end)
                    work.addSpans([Span(range: mention, value: .entity(context.discoverOrganization(work.sentence, head..<end)), clitic: "")])
                }
                continue
            }
            let range = head..<(end + 1)
            let id = context.discoverOrganization(work.sentence, range)
            work.spans.remove(at: nisba)
            work.addSpans([Span(range: range, value: .entity(id), clitic: "")])
            context.emit(id, .partOf, state, sentence: work.sentence, tokens: range.lowerBound...end, rule: "party_of_state", confidence: 0.8)
        }
    }

    /// Whether a comma, a relative pronoun and a verb of list `heading_verbs` with its object
    /// pronoun ("، الذي يتزعمه", "، التي يقودها") follow token `end`: the words before name the
    /// party its leader heads.
    private func isLedInRelativeClause(after end: Int, _ work: SentenceWork) -> Bool {
        work.isComma(end) && work.token(end + 1, isIn: .relativePronouns, lexicon: lexicon)
            && work.token(end + 2, isInWordList: "heading_verbs", lexicon: lexicon)
    }

    /// Parties the lexicon does not know named right after a title, with no nisba: "حزب" or "حركة"
    /// (with ل: "الرئيس المشارك لحزب ..."), one to three Arabic words with the article (the
    /// second or third may be joined by و, or be a construct joined by و: "المساواة وديمقراطية
    /// الشعوب"), then a title qualifier ("الحاكم"), a noun describing a person ("المعارض") or an
    /// Arabic word without the article that opens the holder's name ("المتحدث باسم حزب العدالة
    /// والتنمية الحاكم عمر تشليك", "زعيم حزب الحركة القومية دولت بهتشلي"). The words may be
    /// function words here.
    func recognizeTitledArabicParties(_ work: SentenceWork, context: DocumentContext) {
        let bit = lexicon.wordLists.bit("founder_named_nouns")
        for head in work.tokens.indices where work.tokens[head].wordLists & bit != 0 && work.spanIndex(startingAt: head) == nil {
            guard work.span(endingAt: head)?.value.isTitle == true, !work.spans.contains(where: { $0.range.contains(head) }) else { continue }
            var end = head + 1
            while end < work.tokens.count, end - head <= 4 {
                if isPartyNameWord(end, joined: end > head + 1, work) {
                    end += 1
                } else if end > head + 1, end + 1 < work.tokens.count, isJoinedConstruct(end, work), isPartyNameWord(end + 1, joined: false, work) {
                    end += 2 // "حزب المساواة وديمقراطية الشعوب"
                } else {
                    break
                }
            }
            guard end > head + 1, end < work.tokens.count, endsTitledPartyName(at: end, work) else { continue }
            let range = head..<end
            let lam = NameFolding.fold(work.sentence.text(of: head)).hasPrefix("ل") // "الرئيس المشارك لحزب ..."
            let id = context.discoverOrganization(work.sentence, range, droppingProclitic: lam)
            work.spans.removeAll { $0.range.overlaps(range) }
            work.addSpans([Span(range: range, value: .entity(id), clitic: lam ? "ل" : "")])
        }
    }

    /// Whether token `index` may be a word of a party's name after a title: an Arabic word with the
    /// article (after و when `joined`), no number, inside no span but a function word's, and no
    /// word that ends the name.
    private func isPartyNameWord(_ index: Int, joined: Bool, _ work: SentenceWork) -> Bool {
        let token = work.tokens[index]
        guard token.isWord, token.number < 0, work.sentence.document.isArabic(token), !endsTitledPartyName(at: index, work),
              !work.spans.contains(where: { span in
                  guard span.range.contains(index) else { return false }
                  if case .function = span.value { return false }
                  return true
              }) else { return false }
        let folded = NameFolding.fold(work.sentence.text(of: index))
        return folded.hasPrefix("ال") || joined && folded.hasPrefix("وال")
    }

    /// Whether token `index` is an Arabic word without the article joined by و, the first noun of
    /// a construct inside a party's name ("وديمقراطية الشعوب").
    private func isJoinedConstruct(_ index: Int, _ work: SentenceWork) -> Bool {
        let token = work.tokens[index]
        guard token.isWord, token.number < 0, work.sentence.document.isArabic(token), work.spanIndex(startingAt: index) == nil else { return false }
        let folded = NameFolding.fold(work.sentence.text(of: index))
        return folded.count > 3 && folded.hasPrefix("و") && !folded.hasPrefix("وال")
    }

    /// Whether token `index` ends a party's name after a title: a title qualifier, a noun
    /// describing a person, or an Arabic word without the article.
    private func endsTitledPartyName(at index: Int, _ work: SentenceWork) -> Bool {
        guard work.tokens[index].isWord, work.sentence.document.isArabic(work.tokens[index]) else { return false }
        if describesParty(at: index, work) { return true }
        let folded = NameFolding.fold(work.sentence.text(of: index))
        return !folded.hasPrefix("ال") && !folded.hasPrefix("وال")
    }

    /// Whether token `index` describes the party named before it: a title qualifier ("الحاكم"),
    /// a noun describing a person ("المعارض") or one of list `dissent_nouns` ("جبهة الخلاص
    /// الوطني المعارضة").
    private func describesParty(at index: Int, _ work: SentenceWork) -> Bool {
        index < work.tokens.count && work.sentence.document.isArabic(work.tokens[index])
            && (work.token(index, isIn: .titleQualifiers, lexicon: lexicon) || work.token(index, isIn: .dissentNouns, lexicon: lexicon)
                || work.spanIndex(startingAt: index).map({ work.spans[$0].value == .function("person_name_nouns") }) == true)
    }

    /// Whether token `index` is an Arabic word with the article (after و when `joined`) that no
    /// span covers and no function list holds.
    private func isUnknownDefiniteWord(_ index: Int, joined: Bool, _ work: SentenceWork) -> Bool {
        guard work.isUncoveredArabicWord(index) else { return false }
        let folded = NameFolding.fold(work.sentence.text(of: index))
        return folded.hasPrefix("ال") || joined && folded.hasPrefix("وال")
    }
}
