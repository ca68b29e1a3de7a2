import EntityGraph

/// Actors joined into one list: by the proclitic و ("فرنسا وألمانيا"), by "and", and in English
/// lists by commas ("Poland, Lithuania and Latvia").
extension SentenceWork {
    /// An actor and those coordinated with it after it: by و or by "and" (with or without
    /// "the", a count, a quotation mark or a possessive: "and two Chinese bombers", "and his
    /// Chinese counterpart"; an owner's possessive gives the one it owns: "and Azerbaijan's
    /// Aliyev"; a place after its noun: "and the eastern province of Paktika", "ومدينة خاركيف"; states
    /// after their leaders: "and the leaders of Egypt"; a relative after a possessive and a noun
    /// of kinship: ", his wife Veronica Alcocer"), by
    /// an Arabic comma and و when the actor is set off by commas, and by commas in
    /// an English list that "and" closes, "the" and a comma before "and" allowed ("includes
    /// Russia, Belarus and Kazakhstan", "joined by Zelenskyy, the French president, Emmanuel
    /// Macron, and the German chancellor, Friedrich Merz"; "met Putin, Lukashenko said" is no list).
    func coordinated(from first: Actor, keywords: Keywords) -> (ids: [String], end: Int) {
        var ids = first.ids, end = first.range.upperBound
        var tentative = ids, cursor = end
        for actor in actors[firstActorIndex(startingAtOrAfter: cursor)...] where actor.range.lowerBound >= cursor {
            if let comma = appositiveTitleEnd(actor, at: cursor, of: tentative) { // "الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، وفخامة الرئيس"
                cursor = comma
                continue
            }
            if isNamedAfterOwnTitle(actor, at: cursor, of: tentative) { // "ووزير الخارجية المصري، بدر عبد العاطي، ووزير"
                cursor = actor.range.upperBound
                continue
            }
            // 'عصابتي "لوس تشونيروس" و"لوس لوبوس"': names in quotation marks joined by و.
            if isQuotationMark(cursor), cursor + 2 < actor.range.lowerBound, isQuotationMark(actor.range.lowerBound - 1),
               sentence.text(of: cursor + 1) == "و" { cursor += 1 }
            // "the Collective Security Treaty Organization (CSTO) and the Eurasian Economic Union", "رابطة دول جنوب شرق آسيا
            // "آسيان" ومنظمة التعاون الإسلامي": the acronym in brackets or quotation marks names the one before.
            let bracketed = tokens[cursor].mark == "(" && actor.range.upperBound < tokens.count && tokens[actor.range.upperBound].mark == ")"
            if bracketed || (isQuotationMark(cursor) && isQuotationMark(actor.range.upperBound)),
               actor.range.lowerBound == cursor + 1, actor.ids == Array(tentative.suffix(actor.ids.count)) {
                cursor = actor.range.upperBound + 1
                if tentative.count == ids.count { end = cursor }
                continue
            }
            // "حلف شمال الأطلسي (ناتو) والاتحاد الأوروبي": words in brackets that name no one are skipped.
            if tokens[cursor].mark == "(", let close = ((cursor + 1)..<min(tokens.count, cursor + 5)).first(where: { tokens[$0].mark == ")" }),
               actor.range.lowerBound > close {
                cursor = close + 1
                if tentative.count == ids.count { end = cursor }
            }
            // "the Mercosur bloc and the European Union": a bloc's noun of an anaphor after its name.
            if cursor + 1 < actor.range.lowerBound, token(cursor + 1, is: keywords.and), startsLatin(cursor, capital: false),
               lexicon.allianceAnaphorNouns.contains(NameFolding.fold(sentence.text(of: cursor))) {
                cursor += 1
                if tentative.count == ids.count { end = cursor }
            }
            // ", and" closes a list of three or more ("A, B, and C"); after one actor it opens a clause.
            let oxford = tentative.count > ids.count && cursor + 1 < tokens.count && tokens[cursor].mark == "," && token(cursor + 1, is: keywords.and) ? 1 : 0
            let and = cursor + oxford
            let article = (actor.range.lowerBound == and + 2
                && (token(and + 1, is: keywords.the) || isCount(and + 1) || token(and + 1, isIn: .possessives, lexicon: lexicon)
                    || isQuotationMark(and + 1)))
                || isAfterKinship(actor, from: and + 1)
            let joined = (actor.range.lowerBound == cursor && actor.clitic.hasPrefix("و"))
                || (actor.range.lowerBound == cursor + 2 && isQuotationMark(cursor - 1) && sentence.text(of: cursor) == "و" && isQuotationMark(cursor + 1))
                || ((actor.range.lowerBound == and + 1 || article || isPortfolioBeforeTitle(of: actor, after: and)) && token(and, is: keywords.and))
                || (token(cursor, is: keywords.and) && placeNounPhraseEnd(from: cursor + 1, keywords: keywords) == actor.range.lowerBound)
                || isLeadersOf(from: cursor, to: actor.range.lowerBound, keywords: keywords)
                || isAfterKindNoun(actor, from: cursor)
                || isSetOffByArabicCommas(actor, first: first, after: cursor)
                || isAfterJoinedHonorific(actor, from: cursor)
                || isJoinedByConnector(actor, from: cursor)
                || isJoinedAsAlly(actor, from: cursor, keywords: keywords)
                || isJoinedByRepeatedPreposition(actor, first: first, from: cursor)
                || isHeadlinePair(actor, first: first, from: cursor)
            let comma = tokens[cursor].mark == "," && (actor.range.lowerBound == cursor + 1
                || (actor.range.lowerBound == cursor + 2 && token(cursor + 1, is: keywords.the)) // ", the French president, Emmanuel Macron"
                || isAfterKinship(actor, from: cursor + 1)) // ", his wife Veronica Alcocer"
            guard joined || comma else { break }
            let held = possessiveLength(at: actor.range.upperBound).flatMap { length in
                actors.first { $0.range.lowerBound == actor.range.upperBound + length }
            }
            tentative += (held ?? actor).ids
            cursor = (held ?? actor).range.upperBound
            if joined { (ids, end) = (tentative, cursor) }
        }
        return (ids, end)
    }

    /// Whether the actor is the second of two states or two people that open an English headline
    /// with a comma between them and a word after ("Ukraine, Greece sign deal", "Trump, Xi agree
    /// truce"): a headline has no final stop and writes "and" so.
    private func isHeadlinePair(_ actor: Actor, first: Actor, from cursor: Int) -> Bool {
        guard first.range.lowerBound == 0, tokens[cursor].mark == ",", actor.range.lowerBound == cursor + 1,
              tokens.last?.isWord == true, startsLatin(0, capital: true), actor.range.upperBound < tokens.count,
              tokens[actor.range.upperBound].isWord, !token(actor.range.upperBound, is: lexicon.keywords.and),
              first.ids.count == 1, actor.ids.count == 1, let kind = lexicon.entities[first.ids[0]]?.kind,
              kind == .state || kind == .person else { return false }
        return lexicon.entities[actor.ids[0]]?.kind == kind
    }

    /// Whether a possessive and a noun of list `person_name_nouns` from token `index` stand right
    /// before an actor ("his wife Veronica Alcocer", "his son Nicolas Petro").
    private func isAfterKinship(_ actor: Actor, from index: Int) -> Bool {
        guard actor.range.lowerBound == index + 2, token(index, isIn: .possessives, lexicon: lexicon),
              let noun = spanIndex(startingAt: index + 1) else { return false }
        return spans[noun].value == .function("person_name_nouns") && spans[noun].range.upperBound == actor.range.lowerBound
    }

    /// Whether one or two words of a portfolio stand between token `and` and an actor that opens
    /// with a title ("and Commerce Minister Piyush Goyal").
    private func isPortfolioBeforeTitle(of actor: Actor, after and: Int) -> Bool {
        guard (2...3).contains(actor.range.lowerBound - and), let title = spanIndex(startingAt: actor.range.lowerBound),
              case .title = spans[title].value else { return false }
        return ((and + 1)..<actor.range.lowerBound).allSatisfy(isEnglishPortfolioWord)
    }

    /// Whether token `index` is a word of a portfolio written before an English title
    /// ("Commerce", "Agriculture", "Trade"): a capitalised Latin word that no phrase but an event
    /// word holds and no function list has.
    func isEnglishPortfolioWord(_ index: Int) -> Bool {
        tokens.indices.contains(index) && tokens[index].isWord && startsLatin(index, capital: true)
            && !spans.contains { $0.range.contains(index) && !$0.isEventWord } && !lexicon.isAnyFunctionWord(tokens[index].word)
    }

    /// Whether the actor repeats after و the preposition of the list's first actor, a year
    /// between allowed ("وقعت اتفاقية مع مصر عام 2003 ومع إسرائيل عام 2010").
    private func isJoinedByRepeatedPreposition(_ actor: Actor, first: Actor, from cursor: Int) -> Bool {
        let joiner = actor.range.lowerBound - 1
        guard actor.clitic.isEmpty, joiner >= cursor, first.range.lowerBound >= 1,
              case let preposition = tokens[first.range.lowerBound - 1].word, lexicon.keywords.prepositions.contains(preposition),
              tokens[joiner].word != preposition, tokens[joiner].reads(preposition) else { return false }
        var index = cursor
        if token(index, isIn: .yearWords, lexicon: lexicon) { index += 1 }
        if index < tokens.count, (1900...2100).contains(tokens[index].number) { index += 1 }
        return index == joiner
    }

    /// Whether token `index` is an English article, in any case: "a" or "an", and "the" too when
    /// `definite` ("a coalition led by", "is the largest member").
    func isEnglishArticle(_ index: Int, definite: Bool) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let word = sentence.text(of: index).lowercased()
        return word == "a" || word == "an" || (definite && word == "the")
    }

    /// Whether token `index` is a lowercase Latin word in no function list (an adjective: "newly").
    func isPlainLowercaseWord(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].isWord, spanIndex(startingAt: index) == nil,
              let first = sentence.text(of: index).unicodeScalars.first, first.isLatinLetter, first.properties.isLowercase else { return false }
        return !lexicon.isAnyFunctionWord(tokens[index].word)
    }

    /// Whether only a phrase of list `joining_phrases` ("بالإضافة إلى", "as well as"), a comma
    /// before it allowed, or a comma and a phrase of `co_subject_markers` ("، إلى جانب", ", along
    /// with"; without the comma the actor is whom the subject acts alongside) stands between
    /// `cursor` and the actor.
    private func isJoinedByConnector(_ actor: Actor, from cursor: Int) -> Bool {
        let comma = cursor < tokens.count && (tokens[cursor].mark == "," || tokens[cursor].mark == "،")
        guard let phrase = spanIndex(startingAt: comma ? cursor + 1 : cursor), spans[phrase].range.upperBound == actor.range.lowerBound
        else { return false }
        return spans[phrase].value == .function("joining_phrases") || (comma && spans[phrase].value == .function("co_subject_markers"))
    }

    /// Whether an actor is named as the ally of the one before, after "and" or و ("Belarus and
    /// its ally Russia", "بيلاروس وحليفتها روسيا": a phrase of list `ally_anaphora`).
    private func isJoinedAsAlly(_ actor: Actor, from cursor: Int, keywords: Keywords) -> Bool {
        if token(cursor, is: keywords.and), let phrase = spanIndex(startingAt: cursor + 1) {
            return spans[phrase].value == .function("ally_anaphora") && spans[phrase].range.upperBound == actor.range.lowerBound
        }
        guard actor.range.lowerBound == cursor + 1, cursor < tokens.count, tokens[cursor].isWord, sentence.document.isArabic(tokens[cursor]) else { return false }
        let word = NameFolding.fold(sentence.text(of: cursor))
        return word.hasPrefix("و") && lexicon.allyAnaphors.contains(String(word.dropFirst()))
    }

    /// Whether an actor follows a place or company noun joined by و at `cursor`, past the nisba
    /// of the actor before ("ومدينة خاركيف", "مجمع سوناطراك الجزائري وشركة إيني الإيطالية").
    private func isAfterKindNoun(_ actor: Actor, from cursor: Int) -> Bool {
        var noun = cursor
        if let nisba = spanIndex(startingAt: cursor), spans[nisba].value.isNisba, spans[nisba].clitic.isEmpty { noun = spans[nisba].range.upperBound }
        return actor.range.lowerBound == noun + 1 && sentence.text(of: noun).hasPrefix("و")
            && (token(noun, isIn: .placeNouns, lexicon: lexicon) || token(noun, isIn: .organizationNameNouns, lexicon: lexicon))
    }

    /// Whether "and the leaders of" / "وقادة" (list `leaders_of`) joins the states from `end` to
    /// the actor before `cursor`: the leaders stand for their states.
    private func isLeadersOf(from cursor: Int, to end: Int, keywords: Keywords) -> Bool {
        let start = token(cursor, is: keywords.and) ? cursor + 1 : cursor
        guard let leaders = spanIndex(startingAt: start).map({ spans[$0] }), leaders.value == .function("leaders_of"),
              leaders.range.upperBound == end else { return false }
        return start > cursor || leaders.clitic.hasPrefix("و")
    }

    /// Where the name starts after "the", at most one adjective, a place noun and "of" from
    /// `index` ("and the eastern province of Paktika"); nil when no such phrase starts there.
    private func placeNounPhraseEnd(from index: Int, keywords: Keywords) -> Int? {
        guard token(index, is: keywords.the) else { return nil }
        return ((index + 1)...(index + 2)).first { token($0, isIn: .placeNouns, lexicon: lexicon) && token($0 + 1, is: keywords.of) }.map { $0 + 2 }
    }

    /// Whether an actor joined by و stands between Arabic commas right after token `cursor - 1`
    /// ("وقع ولي العهد ...، ورئيس الوزراء الباكستاني محمد شهباز شريف، اتفاقية"): a second
    /// member of the list, set off like an apposition; "، وروسيا تسعى" opens a clause instead.
    /// A titled person after a titled person may close the sentence instead of a comma ("التقى
    /// رئيس المجلس العسكري في مالي الجنرال أسيمي غويتا، ورئيس النيجر الجنرال عبد الرحمن تياني.").
    private func isSetOffByArabicCommas(_ actor: Actor, first: Actor, after cursor: Int) -> Bool {
        guard actor.range.lowerBound == cursor + 1, tokens[cursor].mark == "،", actor.clitic.hasPrefix("و") else { return false }
        let end = actor.range.upperBound
        if end < tokens.count, tokens[end].mark == "،" { return true }
        return (end == tokens.count || tokens[end].mark == ".") && opensWithTitle(first) && opensWithTitle(actor)
    }

    /// The Arabic comma that closes a person's own title written after the name, at `cursor`,
    /// with up to two words that qualify it ("الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى،"): an
    /// apposition, not another person of the list; nil elsewhere.
    private func appositiveTitleEnd(_ actor: Actor, at cursor: Int, of ids: [String]) -> Int? {
        guard actor.range.lowerBound == cursor, actor.ids.count == 1, ids.last == actor.ids[0], opensWithTitle(actor),
              sentence.document.isArabic(tokens[cursor]) else { return nil }
        var end = actor.range.upperBound
        while end < tokens.count, end - actor.range.upperBound < 2, tokens[end].isWord, !actors.contains(where: { $0.range.lowerBound == end }) { end += 1 }
        return end < tokens.count && tokens[end].mark == "،" ? end : nil
    }

    /// Whether the actor is the name of the one listed last, set off by an Arabic comma after the
    /// title that named them ("وزير الخارجية المصري، بدر عبد العاطي،"): it adds no one to the list.
    private func isNamedAfterOwnTitle(_ actor: Actor, at cursor: Int, of ids: [String]) -> Bool {
        cursor < tokens.count && tokens[cursor].mark == "،" && actor.range.lowerBound == cursor + 1 && actor.ids.count == 1
            && ids.last == actor.ids[0] && actor.clitic.isEmpty && !opensWithTitle(actor)
    }

    /// Whether an honorific with the proclitic و, after an Arabic comma or not, stands right
    /// before the actor ("، وفخامة الرئيس رجب طيب أردوغان"): it joins the actor to the list.
    private func isAfterJoinedHonorific(_ actor: Actor, from cursor: Int) -> Bool {
        guard let honorific = honorific(at: tokens[cursor].mark == "،" ? cursor + 1 : cursor) else { return false }
        return honorific.clitic.hasPrefix("و") && honorific.range.upperBound == actor.range.lowerBound
    }

    /// Whether a title opens the actor's mention ("رئيس النيجر الجنرال عبد الرحمن تياني").
    private func opensWithTitle(_ actor: Actor) -> Bool {
        guard let title = spanIndex(startingAt: actor.range.lowerBound), case .title = spans[title].value else { return false }
        return true
    }

    /// An actor and those coordinated with it before it ("Belarus and Russia began", "the EU and
    /// the United States imposed", "روسيا وبيلاروس وقعتا", "Poland, Lithuania and Latvia", "Belarus,
    /// Russia begin", "Armenia's Pashinyan and Azerbaijan's Aliyev", "Saudi Arabia, the United Arab
    /// Emirates and Egypt"; an English comma joins actors
    /// of one kind or a list that "and" closes, so "in Vilnius, Nawrocki said" is no list; a
    /// singular verb after the actor leaves it alone: "the CSTO and his government has said").
    func coordinatedBefore(_ last: Actor, keywords: Keywords, kind: (String) -> EntityKind) -> (ids: [String], start: Int) {
        var ids = last.ids
        var start = ownerStart(last.range.lowerBound)
        var clitic = last.clitic
        var joinedByAnd = false
        let singular = token(last.range.upperBound, isIn: .singularVerbs, lexicon: lexicon)
        for actor in actors.reversed() where actor.range.upperBound <= start && !singular {
            if let leaders = span(endingAt: start), leaders.value == .function("leaders_of") { // "Trump and the leaders of Egypt, Qatar and Turkey"
                (start, clitic) = (leaders.range.lowerBound, leaders.clitic)
            }
            // "and newly elected Turkish Cypriot leader X": English adjectives after "and".
            var adjectives = 0
            while adjectives < 2, isPlainLowercaseWord(start - 1 - adjectives) { adjectives += 1 }
            if adjectives > 0, token(start - 1 - adjectives, is: keywords.and) { start -= adjectives }
            let determiner = token(start - 1, is: keywords.the) || isCount(start - 1) || token(start - 1, isIn: .possessives, lexicon: lexicon)
            let joiner = determiner && (token(start - 2, is: keywords.and) || (start >= 2 && tokens[start - 2].mark == ",")) ? start - 2 : start - 1
            let and = token(joiner, is: keywords.and)
            let listComma = tokens[joiner].mark == "," && (joinedByAnd || kind(actor.ids[0]) == kind(last.ids[0]))
            let english = actor.range.upperBound == joiner && (and || listComma)
            let arabic = actor.range.upperBound == start && clitic.hasPrefix("و")
            guard english || arabic else { break }
            joinedByAnd = joinedByAnd || and
            ids = actor.ids + ids
            start = ownerStart(actor.range.lowerBound)
            clitic = actor.clitic
        }
        return (ids, start)
    }

    /// Where an actor named after an English possessive starts with its owner ("Azerbaijan's
    /// Aliyev" from "Azerbaijan"): the list goes on before the owner; `index` when none.
    private func ownerStart(_ index: Int) -> Int {
        guard let length = possessiveLength(before: index), let owner = actor(endingBefore: index - length, gap: 0) else { return index }
        return owner.range.lowerBound
    }

    /// Whether token `index` is a quotation mark (a name quoted after "و" / "and": و"قوات سوريا
    /// الديمقراطية", or after a title: قائد "الجيش الوطني الليبي").
    func isQuotationMark(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].isQuotationMark
    }

    /// The token after a parenthesis of at most four words opened at token `index` ("(سنتكوم)",
    /// "(CSTO)"); nil when none opens there.
    func parentheticalEnd(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].mark == "(" else { return nil }
        return ((index + 1)..<min(tokens.count, index + 6)).first { tokens[$0].mark == ")" }.map { $0 + 1 }
    }

    /// Whether token `index` is the preposition ل written apart, with a tatweel, before a quoted
    /// name ("لـ«حزب الله»").
    func isDetachedPreposition(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].isWord && tokens[index].utf8End - tokens[index].utf8Start <= 4
            && NameFolding.fold(sentence.text(of: index)) == "ل"
    }

    /// Whether token `index` is an English count: digits or a word of list `count_words`.
    private func isCount(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        return tokens[index].number >= 0 || (tokens[index].isWord && lexicon.isFunctionWord(tokens[index].word, list: .countWords))
    }
}
