import EntityGraph

/// The name a title introduces or describes: a known person written before it in apposition
/// ("يوري أوشاكوف، مستشار الرئيس الروسي", "John Coale, the US deputy special envoy"), the person
/// whose service an English title is in ("Trump envoy"), a known surname after unknown given
/// names, an English name set off by commas, the two or three words of a new person's name, and
/// the hyphenated words of a title not held yet.
extension RoleRecognizer {
    /// The person a title is in apposition to: a known person named right before a comma that
    /// the title, or its article, follows ("يوري أوشاكوف، مستشار الرئيس الروسي", "Yuri Ushakov, an
    /// adviser"), the rest of their lineage between
    /// ("فيصل بن فرحان بن عبدالله، وزير الخارجية"), not after a preposition ("حليف لبوتين، الرئيس
    /// الصيني شي" names Xi); a name after the title wins over it. The title's phrase starts at
    /// `phraseStart`, its office's name when that stands right after the comma or an article
    /// ("Hans Grundberg, the U.N. special envoy"; not "Orban, the only EU leader who").
    func personInApposition(before index: Int, phraseStart: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        let officeFirst = work.token(phraseStart - 1, isOneOf: lexicon.keywords.articles) || work.isComma(phraseStart - 1)
        var start = officeFirst ? phraseStart : work.spans[index].range.lowerBound
        if let article = (1...3).first(where: { work.token(start - $0, isOneOf: lexicon.keywords.articles) }),
           (start - article + 1..<start).allSatisfy({ isLatinWord($0, capital: false, work) }) { start -= article } // "Yuri Ushakov, an adviser"
        var end = start - 1
        while end >= 3, !isPersonEnding(at: end, work, context: context),
              Self.nameConnectors.contains(NameFolding.fold(work.sentence.text(of: end - 2))) { end -= 2 }
        guard index > 0, start >= 1, [",", "،"].contains(work.tokens[start - 1].mark), !work.spans[index].clitic.hasPrefix("و"),
              let named = work.span(endingAt: end), case .entity(let id) = named.value,
              context.kind(id) == .person, ["", "و"].contains(named.clitic) else { return nil }
        return id
    }

    /// Whether a person's span ends right before token `end`.
    private func isPersonEnding(at end: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard case .entity(let id)? = work.span(endingAt: end)?.value else { return false }
        return context.kind(id) == .person
    }

    /// A name of two or three words set off by a comma before a title: English capitalised
    /// words in no function list, after no other capitalised word but a title ("Agriculture
    /// Minister John Steenhuisen, the leader of"), before the title, its article and up to two
    /// lowercase words ("John Coale, the US deputy special envoy, met ...", "Ali Akbar Velayati, a foreign
    /// policy adviser to ..."), or Arabic words from a known given name on that start no span,
    /// before the title or its deputy ("جون كول، نائب المبعوث الأميركي"): the person the title
    /// describes, named by those words, and where the name starts.
    func nameInApposition(before start: Int, _ work: SentenceWork, context: DocumentContext) -> (id: String, start: Int)? {
        var comma = start - 1
        if let article = (1...3).first(where: { work.token(start - $0, isOneOf: lexicon.keywords.articles) }),
           (start - article + 1..<start).allSatisfy({ isLatinWord($0, capital: false, work) }) {
            comma = start - article - 1
        } else if work.token(comma, isIn: .deputyWords, lexicon: lexicon) {
            comma -= 1
        }
        if comma >= 2, work.tokens[comma].mark == "،" || work.tokens[comma].mark == ",",
           let first = ((comma - 3)...(comma - 2)).first(where: { $0 >= 0 && lexicon.givenNames.contains(work.tokens[$0].word) }),
           (first..<comma).allSatisfy({ isUnnamedArabicWord($0, work) }) {
            return (context.discoverPerson(work.sentence, first..<comma), first)
        }
        guard comma >= 2, work.tokens[comma].mark == "," else { return nil }
        var first = comma
        while first >= 1, comma - first < 3, isLatinWord(first - 1, capital: true, work), work.spanIndex(startingAt: first - 1) == nil,
              !lexicon.isAnyFunctionWord(work.tokens[first - 1].word) {
            first -= 1
        }
        guard comma - first >= 2, first == 0 || !isLatinWord(first - 1, capital: true, work)
                || lexicon.isAnyFunctionWord(work.tokens[first - 1].word) || isTitle(endingAt: first, work) else { return nil }
        return (context.discoverPerson(work.sentence, first..<comma), first)
    }

    /// Whether a title ends right before token `index`: the name after it is whole.
    private func isTitle(endingAt index: Int, _ work: SentenceWork) -> Bool {
        if case .title? = work.span(endingAt: index)?.value { return true }
        return false
    }

    /// Whether token `index` is an Arabic word that starts no span and is no stopword (or a
    /// given name spelled like one).
    func isUnnamedArabicWord(_ index: Int, _ work: SentenceWork) -> Bool {
        guard index < work.tokens.count else { return false }
        let token = work.tokens[index]
        return token.isWord && token.number < 0 && work.sentence.document.isArabic(token) && work.spanIndex(startingAt: index) == nil
            && (!lexicon.isFunctionWord(token.word, list: .stopwords) || isGivenNameSpelledLikeStopword(index, work))
    }

    /// An English title right after a person's name, without an affiliation of its own ("Trump
    /// envoy"): the title is held in that person's service, and the name is not an actor.
    func principalBefore(_ index: Int, _ work: SentenceWork, context: DocumentContext) -> (id: String, span: Int)? {
        guard index > 0, !work.consumed.contains(index - 1), case .entity(let id) = work.spans[index - 1].value,
              context.kind(id) == .person, work.spans[index - 1].range.upperBound == work.spans[index].range.lowerBound,
              !work.sentence.document.isArabic(work.tokens[work.spans[index].range.lowerBound]) else { return nil }
        return (id, index - 1)
    }

    /// A known person written with given names the lexicon lacks or spells otherwise
    /// ("Volodymyr Zelenskyy", "قاسم جومرت توكاييف"): one or two words that start no span and
    /// are in no function list ("نظام لوكاشينكو" is a regime), capitalised in Latin letters ("a
    /// spokesman for Tinubu" names no "for Tinubu"), then the person's name. A name
    /// that opens with a father's name ("bin Salman") is no surname: another given name before it
    /// names a brother ("Abdulaziz bin Salman" is not "Mohammed bin Salman"). A glued hyphen may
    /// stand before the surname (a double-barrelled one).
    func surnameAfterGivenName(_ index: Int, _ work: SentenceWork, context: DocumentContext) -> (id: String, span: Int)? {
        for gap in 1...2 where index + gap < work.tokens.count {
            let given = work.tokens[index + gap - 1]
            guard given.isWord, given.number < 0, work.spanIndex(startingAt: index + gap - 1) == nil,
                  !lexicon.isAnyFunctionWord(given.word),
                  work.sentence.document.isArabic(given) || isLatinWord(index + gap - 1, capital: true, work) else { return nil }
            let surname = PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, index + gap) ? index + gap + 1 : index + gap // "ماينل-رايزينغر"
            if let next = work.spanIndex(startingAt: surname), case .entity(let id) = work.spans[next].value,
               context.kind(id) == .person, !Self.patronymicParticles.contains(NameFolding.fold(work.sentence.text(of: surname))) {
                return (id, next)
            }
        }
        return nil
    }

    /// Whether an English comma at `index` sets off the title's holder: a known person, or two
    /// or three capitalised words, "al-" inside, closed by a comma or a full stop ("The Polish prime
    /// minister, Donald Tusk, said"; "Aidarous al-Zubaidi"), ranks before them allowed, an
    /// abbreviation's period after one too ("army chief, Field Marshal Asim Munir,"; "The Guinean
    /// leader, Gen. Mamadi Doumbouya,").
    func isEnglishApposition(at index: Int, _ work: SentenceWork) -> Bool {
        guard index + 1 < work.tokens.count, work.tokens[index].mark == "," else { return false }
        var start = index + 1
        while start < index + 4, work.token(start, isIn: .titleQualifiers, lexicon: lexicon) { start = pastAbbreviationPeriod(start + 1, work) }
        if let next = work.spanIndex(startingAt: start), case .entity = work.spans[next].value { return true }
        var end = start, words = 0
        while end < work.tokens.count, words < 3,
              isLatinWord(end, capital: true, work) || words > 0 && (isLatinArticle(end, work) || isLatinNameParticle(end, work)) {
            if isLatinArticle(end, work) { end += 2 } // "Aidarous al-Zubaidi"
            else if words > 0, isLatinNameParticle(end, work) { end += 1 } // "Staffan de Mistura"
            (end, words) = (end + 1, words + 1)
            if PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, end), end + 1 < work.tokens.count,
               isLatinWord(end + 1, capital: true, work) || isLatinWord(end + 1, capital: false, work) {
                end += 2 // "Jens-Frederik Nielsen", "Cheng Li-wun"
            }
        }
        return words >= 2 && end < work.tokens.count && [",", "."].contains(work.tokens[end].mark)
    }

    /// Words, folded, that open a father's name: "son of" / "daughter of".
    static let patronymicParticles: Set<String> = ["بن", "ابن", "بنت", "bin", "ibn", "bint"]

    /// Folded Arabic words joining a name to a father's or family name ("بن", "ولد": "محمد سالم
    /// ولد مرزوك"; "آل", folded "ال": "شخبوط بن نهيان آل نهيان"), which do not count among a
    /// name's words.
    static let nameConnectors: Set<String> = ["بن", "ابن", "بنت", "ولد", "عبد", "ال"]

    /// Whether token `index` is an Arabic name connector followed by another word of the name.
    private func isArabicNameConnector(_ index: Int, _ work: SentenceWork) -> Bool {
        guard index + 1 < work.tokens.count, work.tokens[index + 1].isWord, work.sentence.document.isArabic(work.tokens[index]),
              !lexicon.isFunctionWord(work.tokens[index + 1].word, list: .stopwords) || isGivenNameAfterPatronymic(index + 1, work) else { return false }
        return Self.nameConnectors.contains(NameFolding.fold(work.sentence.text(of: index)))
    }

    /// Whether the two words from `start` are an Arabic noun and its agreeing adjective, both
    /// written with ة ("رسالة خطية", a written letter), not a name.
    private func isNounWithAdjective(_ start: Int, _ work: SentenceWork) -> Bool {
        let text = work.sentence.document
        return start + 1 < work.tokens.count && text.ends(work.tokens[start], with: "ة") && text.ends(work.tokens[start + 1], with: "ة")
    }

    /// Folded words after which a name goes on with a definite word ("أبو الغيط", "عبد الرحمن").
    static let nameParticles: Set<String> = ["ابو", "بن", "ابن", "عبد", "بنت"]

    /// Folded second halves of compound Arabic names, one name with the word before them
    /// ("سراج الدين", "نصر الله").
    static let compoundNameEnds: Set<String> = ["الدين", "الله"]

    /// The number of words (two or three; four by `nameWordLimit`) after a title that read as a
    /// person's name: no stopwords, numbers, punctuation or lexicon phrases (but a given name spelled
    /// like a nisba: "جورجي" is Georgy, not Georgian; a given name spelled like a stopword, when the
    /// text writes the stopword with ى elsewhere: "علي لاريجاني", not "على", first or after a known
    /// given name: "محمد علي النفطي"; and an indefinite nisba after the first word is a surname:
    /// "الأدميرال شهرام إيراني"), Latin words capitalised ("the Polish president is key" names no
    /// one), not starting with the article as written ("ألبين كورتي" is a name) and no word with a
    /// proclitic and the article ("للشؤون الخارجية" is no name); after a known given name, the name
    /// ends before such a word ("يحيى سريع بالرد"); a third word with a pronoun suffix or of a
    /// function list is no part of a name ("روبرت فيتسو اعتراضه", "يوسف رجي تصريحات"), nor a verbal
    /// noun ("مادورو تعليق"), nor one joined by و after a family name ("أحمد الرهوي وعدد"), nor a
    /// second or third word that is a plural with a pronoun suffix ("بتجاوز صلاحياته"); after an
    /// unknown first name or a surname of `foreign_surname_endings`, a definite third word is none
    /// ("فياتشيسلاف فولودين المراسم", "سيرغي تسيفيليوف المشروع"; but "محمد شياع السوداني", "أحمد
    /// أبو الغيط" after a particle, "نور الدين الطبوبي" after a compound given name), nor any word after a family
    /// name with the article ("نوري المالكي ثانيا"), nor a definite noun before its nisba ("إسماعيل
    /// بقائي الشعب العراقي"). "عبد" opens a given name with the word after it ("عبد القادر محمد نور"
    /// has three words); a given name spelled like a title opens a name before an unknown word
    /// ("أمير خان متقي"), and a capitalised surname of list `stopword_surnames` one inside a sentence
    /// ("Vice Premier He Lifeng"). A word whose rest after ب, ل or ك is a whole known phrase
    /// makes no name ("بموسكو"); one whose rest only opens a phrase does ("بولا تينوبو": "ولا"
    /// opens "ولا سيما"); an ordinal of list `regnal_ordinals` is a second word ("برثلماوس الأول"),
    /// and a given name spelled like a stopword is one after "بن" ("أحمد بن علي").
    func nameLength(_ work: SentenceWork, from start: Int) -> Int? {
        var length = 0, particles = 0, particleSurname = false, surnameWithParticle = false
        while start + length < work.tokens.count, length - particles < nameWordLimit(work, from: start, read: particles == 0 ? length : 0)
                || (length - particles <= 5 && endsWithDynasty(from: start + length, work))
                || (length > 0 && (isHyphenatedPart(start + length, work) || work.endsCompoundName(at: start + length))) { // "Fils-Aime", "شمس الدين"
            let index = start + length
            if length > 0, isLatinArticle(index, work) || isHyphenatedPart(index, work) {
                (length, particles) = (length + 2, particles + 2)
                continue
            }
            if length > 0, isQuotedNickname(at: index, work) { // 'Jorge "Tuto" Quiroga'
                (length, particles) = (length + 3, particles + 3)
                continue
            }
            if length > 0, work.endsCompoundName(at: index) {
                (length, particles) = (length + 1, particles + 1) // "سيروج الدين مهر الدين": two words of a name
                continue
            }
            if length > 0, isTransliteratedNameParticle(index, work) { // "مارسيلو ريبيلو دي سوزا": the family name ends the name
                var end = index
                while isTransliteratedNameParticle(end, work) { end += 1 }
                (length, particles, particleSurname) = (end + 1 - start, particles + end - index, true)
                break
            }
            let openingParticle = length == 0 && isLatinNameParticle(index, work) && work.spanIndex(startingAt: index + 1) == nil // "UN envoy de Mistura"
            if length > 0 ? isLatinNameParticle(index, work) || isArabicNameConnector(index, work)
                : NameFolding.fold(work.sentence.text(of: index)) == "عبد" && isArabicNameConnector(index, work) || openingParticle {
                surnameWithParticle = surnameWithParticle || openingParticle
                (length, particles) = (length + 1, particles + 1)
                continue
            }
            let token = work.tokens[index]
            let nisba = work.spanIndex(startingAt: index).flatMap { work.spans[$0].value.isNisba ? work.spans[$0] : nil }
            let givenNameOverNisba = length == 0 && lexicon.givenNames.contains(token.word) && nisba != nil
            let givenNameOverPlace = length == 0 && isGivenNameSpelledLikePlace(index, work)
            let surnameOverNisba = length == 1 && nisba.map { $0.range.count == 1 && $0.clitic.isEmpty } == true
                && !NameFolding.fold(work.sentence.text(of: index)).hasPrefix("ال")
            let givenNameOverStopword = (length == 0 || lexicon.givenNames.contains(work.tokens[start].word))
                && isGivenNameSpelledLikeStopword(index, work)
            // "مساعد بن محمد العيبان", "أمير خان متقي", "دان دريسكول": a title word before بن, or a
            // given name spelled like a title or a verb trigger before an unknown word, opens the name.
            let givenNameOverTitle = length == 0 && (isArabicNameConnector(index + 1, work)
                || lexicon.givenNames.contains(token.word) && index + 1 < work.tokens.count && isUnnamedArabicWord(index + 1, work))
                && work.spanIndex(startingAt: index).map { (work.spans[$0].value.isTitle || work.spans[$0].value.isTrigger) && work.spans[$0].range.count == 1 } == true
            // "Vice Premier He Lifeng": a capitalised surname of list `stopword_surnames` inside a sentence.
            let surnameOverStopword = length == 0 && index > 0 && work.tokens[index - 1].isWord && isLatinWord(index, capital: true, work)
                && work.token(index, isInWordList: "stopword_surnames", lexicon: lexicon) && isLatinWord(index + 1, capital: true, work)
                && !lexicon.isFunctionWord(work.tokens[index + 1].word, list: .stopwords)
            // "Therese Kayikwamba Wagner": a third Latin word that names an organisation alone is a surname.
            let surnameOverOrganisation = length >= 2 && isLatinWord(index, capital: true, work)
                && work.spanIndex(startingAt: index).map { span in
                    guard work.spans[span].range.count == 1, case .entity(let id) = work.spans[span].value else { return false }
                    return lexicon.entities[id]?.kind == .organization
                } == true
            // "جون ماهاما مالي": a state's name that is also a common word ends a name of two words.
            if length >= 2, lexicon.state(afterPreposition: token.word) != nil { break }
            guard token.isWord, !lexicon.isFunctionWord(token.word, list: .stopwords) || givenNameOverStopword || surnameOverStopword
                    || isNameWordSpelledLikeStopword(index, length: length, work), token.number < 0,
                  !Self.isConjoinedHamzaWord(work.sentence.text(of: index)),
                  work.spanIndex(startingAt: index) == nil || surnameOverStopword || givenNameOverNisba || givenNameOverPlace || surnameOverNisba || givenNameOverTitle
                    || surnameOverOrganisation || length == 3 && particles == 0 // a fourth word: `nameWordLimit` let it in
                    || length - particles >= 3 && endsWithDynasty(from: index, work), // "الصباح", another's surname too
                  work.sentence.document.isArabic(token) || isLatinWord(index, capital: true, work) else { break }
            length += 1
        }
        guard length - particles >= (surnameWithParticle ? 1 : 2) else { return nil }
        // A proclitic and the article before a word of two letters or more ("للشؤون", "بالرد"); "كالن" (Kalin) is a name.
        let proclitics = ["لل", "بال", "وال", "فال", "كال"]
        let hasProcliticArticle = { (word: String) in proclitics.contains { word.hasPrefix($0) && word.count - $0.count >= 2 } }
        let isSurname = { (offset: Int) in offset == 1 && self.isSurnameSpelledLikeProcliticArticle(start + 1, work) } // "إلينا فالتونن"
        var words = (start..<(start + length)).map { NameFolding.fold(work.sentence.text(of: $0)) }
        let definiteThird = length == 3 && (words[2].hasPrefix("ال") || hasProcliticArticle(words[2]))
            && !Self.nameParticles.contains(words[1]) && !Self.compoundNameEnds.contains(words[1]) && !work.endsCompoundName(at: start + 2)
            && (!lexicon.givenNames.contains(work.tokens[start].word) || hasForeignSurnameEnding(words[1]))
            // a father's name before a family name: "جاسم محمد البديوي", not "آبي أحمد بالسعي"
            && !(lexicon.givenNames.contains(work.tokens[start + 1].word) && words[2].hasPrefix("ال"))
        let suffixedThird = length == 3 && words[2].count >= 5 && !words[2].hasPrefix("ال")
            && PossessiveForms.hasSuffix(words[2], among: lexicon.pronounSuffixes)
        let functionThird = length == 3 && lexicon.isAnyFunctionWord(work.tokens[start + 2].word) && !isNameWordSpelledLikeStopword(start + 2, length: 2, work)
        // "جون كول ويعفو": a present-tense verb joined by و after a name of two words.
        let verbThird = length == 3 && words[2].count >= 5 && words[2].hasPrefix("و") && "يتن".contains(words[2].dropFirst().first!)
        // "أحمد الرهوي وعدد من الوزراء": a word joined by و after a family name starts the next conjunct.
        let joinedThird = length == 3 && words[1].hasPrefix("ال") && words[2].hasPrefix("و") && !Self.nameConnectors.contains(words[2])
        let verbalNounThird = length == 3 && !lexicon.givenNames.contains(work.tokens[start + 2].word)
            && (Self.isVerbalNounOfSecondForm(words[2]) || opensPhraseAfterPreposition(start + 2, work))
        // "نوري المالكي ثانيا", "محمد الحسان القوى": a word after a family name with the article opens what follows.
        let familyNameThird = length == 3 && particles == 0 && words[1].hasPrefix("ال") && !endsWithDynasty(from: start + 2, work)
        // "إسماعيل بقائي الشعب العراقي": a noun with its adjective after the name.
        let nounPhraseThird = length == 3 && words[2].hasPrefix("ال") && start + 3 < work.tokens.count
            && work.sentence.document.startsWithArticle(work.tokens[start + 3])
            && work.spanIndex(startingAt: start + 3).map { work.spans[$0].value.isNisba } == true
        let unrepeatedThird = length == 3 && particles == 0 && isSurnameNamedAlone(start + 1, before: start + 2, work) // "بيدرو كاستيو حل"
        if !particleSurname, definiteThird || suffixedThird || functionThird || verbThird || joinedThird || verbalNounThird || familyNameThird || nounPhraseThird || unrepeatedThird {
            length = 2
            words.removeLast()
        }
        if let plural = (1..<length).first(where: { isPossessedPlural(start + $0, work) }) { // "رئيس الحكومة بتجاوز صلاحياته"
            guard plural >= 2 else { return nil }
            (length, words) = (plural, Array(words.prefix(plural)))
        }
        if lexicon.givenNames.contains(work.tokens[start].word) {
            let end = words.indices.dropFirst().first { hasProcliticArticle(words[$0]) && !isSurname($0) } ?? length
            return end >= 2 ? end : nil
        }
        if work.sentence.document.startsWithArticle(work.tokens[start])
            || words.indices.contains(where: { hasProcliticArticle(words[$0]) && !isSurname($0) }) {
            return nil
        }
        if Self.isDualOrPluralPresentVerb(words[0]) || Self.isCommonNounEnding(words[0]) || isNounWithAdjective(start, work) { return nil }
        let startsKnownPhraseAfterPreposition = (start..<(start + length)).contains { index in
            let token = work.tokens[index]
            return [token.readings.0, token.readings.1].contains { reading in
                reading.clitic != 0 && ["ب", "ل", "ك"].contains { ArabicClitics.endsWithPreposition(reading.cliticText, $0) }
                    && lexicon.phrases.match(work.tokens, at: index, firstWord: reading.word, text: work.sentence.document) != nil
            }
        }
        return startsKnownPhraseAfterPreposition ? nil : length
    }

    /// Whether the word at `index` only looks like "ف" or "ك" and the article before a word: the
    /// lexicon knows neither the word nor a rest after a proclitic ("فالتونن", Valtonen): a
    /// foreign surname right after a given name.
    private func isSurnameSpelledLikeProcliticArticle(_ index: Int, _ work: SentenceWork) -> Bool {
        let token = work.tokens[index]
        let folded = NameFolding.fold(work.sentence.text(of: index))
        return (folded.hasPrefix("فال") || folded.hasPrefix("كال")) && token.readings.0.clitic == 0 && token.word >= Int32(lexicon.words.count)
    }

    /// Whether a name of the lexicon or the document starts at token `index` ("الأمير محمد بن
    /// سلمان" is one name, its courtesy title included).
    func startsEntityName(at index: Int, _ work: SentenceWork) -> Bool {
        guard let span = work.spanIndex(startingAt: index), case .entity = work.spans[span].value else { return false }
        return true
    }

    /// Whether a known person's name starts at token `index` ("رئيس الجمهورية العماد جوزيف عون").
    func startsPersonName(at index: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard let span = work.spanIndex(startingAt: index), case .entity(let id) = work.spans[span].value else { return false }
        return context.kind(id) == .person
    }

    /// Whether an Arabic title without the article is in construct with a known person who
    /// holds other offices, and not this one, on the article's date ("مبعوث ترامب": Trump's envoy,
    /// not Trump; "ولي العهد الأمير محمد بن سلمان" is still crown prince as prime minister): the
    /// person is the principal, not the holder, whom the phrase leaves unnamed. Not when the
    /// title ends with a definite genitive or a rank stands between ("قائد الجيش الفريق أول عبد
    /// الفتاح البرهان" names the commander).
    func isInServiceOf(_ person: String, at name: Span, title: Span, role: String, _ work: SentenceWork, context: DocumentContext) -> Bool {
        let first = work.tokens[title.range.lowerBound]
        let last = work.tokens[title.range.upperBound - 1]
        guard title.clitic.isEmpty, work.sentence.document.isArabic(first), !work.sentence.document.startsWithArticle(first),
              name.range.lowerBound == title.range.upperBound, title.range.count == 1 || !work.sentence.document.startsWithArticle(last),
              let held = lexicon.entities[person]?.roles(heldOn: context.date) else { return false }
        return !held.isEmpty && !held.contains { $0.role == role }
    }

    /// Whether the words at `index` open a person's name on their own, with no office to tell a
    /// title's holder from its object ("السفير محمد الشناوي", "President Joe Smith"; not "أكد
    /// الرئيس ضرورة وقف إطلاق النار"): a known given name, or a capitalised Latin word.
    func startsName(at index: Int, _ work: SentenceWork) -> Bool {
        index < work.tokens.count && (lexicon.givenNames.contains(work.tokens[index].word) || isLatinWord(index, capital: true, work))
    }

    /// The end of words glued to a title by hyphens ("chancellor-in-waiting", "president-elect"):
    /// the title is not held yet, so it names its holder without a role, like a past title.
    func endOfHyphenatedTitle(at index: Int, _ work: SentenceWork) -> Int? {
        guard PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, index) else { return nil }
        var end = index + 1
        while end + 1 < work.tokens.count, work.tokens[end].utf8End == work.tokens[end + 1].utf8Start { end += 1 }
        return end + 1
    }

    /// The nisba after one or two words naming a title's portfolio ("وزير الكهرباء المصري"), or
    /// up to four with a second portfolio joined by و: the index of its span, when the words start
    /// no span and are no stopwords.
    func portfolioNisba(after index: Int, _ work: SentenceWork) -> Int? {
        var cursor = index
        // A second portfolio joined by و adds up to two words ("وزير الطاقة والموارد الطبيعية التركي",
        // "وزير الموارد المائية والري المصري").
        let joined = (index + 1...index + 2).contains { $0 < work.tokens.count && work.sentence.text(of: $0).hasPrefix("و") }
        let limit = joined ? 4 : 2
        while cursor < work.tokens.count, cursor - index < limit, work.tokens[cursor].isWord, work.spanIndex(startingAt: cursor) == nil,
              work.sentence.document.isArabic(work.tokens[cursor]), !lexicon.isFunctionWord(work.tokens[cursor].word, list: .stopwords) {
            cursor += 1
        }
        guard cursor > index, let span = work.spanIndex(startingAt: cursor), work.spans[span].value.isNisba,
              work.spans[span].clitic.isEmpty else { return nil }
        return span
    }
}

extension RoleRecognizer {
    /// Whether an `official` title may name someone: an Arabic one always (its forms are
    /// definite), an English one after "the" and at most an affiliation ("the Chinese official")
    /// or before a name ("Senior Hamas official Khalil al-Hayya").
    func isDefiniteEnglishOfficial(_ span: Span, _ work: SentenceWork) -> Bool {
        let start = span.range.lowerBound
        guard !work.sentence.document.isArabic(work.tokens[start]) else { return true }
        let affiliation = work.span(endingAt: start)?.range.lowerBound ?? start
        return work.token(start - 1, is: lexicon.keywords.the) || work.token(affiliation - 1, is: lexicon.keywords.the)
            || nameLength(work, from: span.range.upperBound) != nil
            || work.spanIndex(startingAt: span.range.upperBound).map { if case .entity = work.spans[$0].value { return true } else { return false } } == true
    }
}
