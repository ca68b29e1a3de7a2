import EntityGraph

/// Whether an event word goes on with the clause before it and so keeps that clause's subject:
/// an Arabic verb joined by و or after "وقد" / "حيث", an Arabic or English participle after a
/// comma, an English verb after "and" or after a comma that closes its subject's apposition.
extension FramePatterns {
    /// Whether the trigger is an Arabic active participle in the accusative, masculine or
    /// feminine, of a derived verb (مستنكراً, متهمة) or of the simple one (داعياً): a
    /// circumstantial clause whose subject is the sentence's main subject.
    func isParticiple(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let word = foldedWord(of: trigger, work)
        let accusative = word.hasSuffix("ا") || word.hasSuffix("ه")
        let firstForm = word.count == 5 && word.dropFirst().first == "ا"
        return accusative && ((word.count >= 4 && word.hasPrefix("م")) || firstForm)
    }

    /// Whether the trigger is an Arabic verbal noun in the indefinite accusative of a derived
    /// verb, which gives the reason of the clause before it ("احتجاجا على", "استنكارا ل",
    /// "تنديدا ب"): its subject is the sentence's main subject, and a refusal of that clause
    /// does not govern it ("ألغى لقاءه احتجاجا على زيارته": the protest was made).
    func isAccusativeMasdar(_ trigger: Span, _ work: SentenceWork) -> Bool {
        // Most triggers fail on their last letter as written, before any folding.
        guard work.sentence.text(of: trigger.range.lowerBound).unicodeScalars.last(where: { !(0x064B...0x0652).contains($0.value) }) == "\u{0627}"
        else { return false }
        let word = Array(foldedWord(of: trigger, work))
        guard word.count >= 5, word.last == "ا" else { return false }
        let longVowel = word[word.count - 3]
        return (word.first == "ا" && longVowel == "ا") || (word.first == "ت" && longVowel == "ي")
    }

    /// The first word of an Arabic trigger folded, without its proclitics ("وانتقد" → "انتقد").
    func foldedWord(of trigger: Span, _ work: SentenceWork) -> Substring {
        NameFolding.fold(work.sentence.text(of: trigger.range.lowerBound)).dropFirst(trigger.clitic.count)
    }

    /// Whether a year written after a word of list `year_words` ("عام") or a month ends right
    /// before token `index` ("أغلقتها هلسنكي أواخر عام 2023 متهمة موسكو"): the clause closes there
    /// as at a comma, and a participle after it goes on with the main subject; not a count ("20
    /// متهماً").
    func endsWithYear(_ index: Int, _ work: SentenceWork) -> Bool {
        guard index >= 2, (1900...2100).contains(work.tokens[index - 1].number) else { return false }
        return work.token(index - 2, isIn: .yearWords, lexicon: lexicon) || work.spans.contains { span in
            guard span.range.upperBound == index - 1, case .month = span.value else { return false }
            return true
        }
    }

    /// Whether an Arabic verb carries a dual or plural subject ending ("ودعتا", "ووقعوا"), or
    /// follows a continuer carrying the subject's pronoun ("لكنه انتقد إسرائيل", "لكنها"): its
    /// subject is then the one already named, and the noun after it is the object.
    func agreesWithDroppedSubject(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let word = foldedWord(of: trigger, work)
        let before = continuerIndex(before: trigger, work)
        let pronounBefore = work.token(before, isIn: .continuers, lexicon: lexicon)
            && PossessiveForms.hasSuffix(work.sentence.text(of: before), among: lexicon.pronounSuffixes)
        return word.count >= 4 && (word.hasSuffix("تا") || word.hasSuffix("وا")) || isGovernedByDualVerb(trigger, work) || pronounBefore
    }

    /// The token where a continuer before the trigger would stand: right before it, or before a
    /// verb of list `future_markers` that governs it ("لكنها ستواصل دعم أوكرانيا").
    func continuerIndex(before trigger: Span, _ work: SentenceWork) -> Int {
        let before = trigger.range.lowerBound - 1
        return work.token(before, isIn: .futureMarkers, lexicon: lexicon) ? before - 1 : before
    }

    /// Whether the trigger follows a preposition after a verb joined by و with a dual or plural
    /// subject ending ("وأعربتا عن دعمهما"): the verb continues the main clause, and so does the
    /// trigger.
    func isGovernedByDualVerb(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let verb = trigger.range.lowerBound - 2
        guard verb >= 0, work.token(verb + 1, isOneOf: lexicon.keywords.prepositions), work.tokens[verb].isWord else { return false }
        let word = NameFolding.fold(work.sentence.text(of: verb))
        return word.hasPrefix("و") && word.count >= 5 && (word.hasSuffix("تا") || word.hasSuffix("وا"))
    }

    /// Whether an English trigger is a participle after a comma ("..., accusing Minsk of"), or an
    /// infinitive such a participle governs ("..., pledging to support"): its subject is the
    /// sentence's main subject, not the actor just before the comma.
    func isEnglishParticiple(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        if start >= 3, work.token(start - 1, is: lexicon.keywords.toEnglish), work.tokens[start - 3].mark == ",",
           work.tokens[start - 2].isWord, work.spanIndex(startingAt: start - 2) == nil, work.sentence.text(of: start - 2).hasSuffix("ing") {
            return true
        }
        return start >= 1 && work.tokens[start - 1].mark == "," && work.sentence.text(of: start).hasSuffix("ing")
            || isNounOfParticiplePhrase(trigger, work)
    }

    /// Whether an English trigger is a noun at most four plain lower-case words after a participle
    /// that follows a comma, no actor between ("..., reversing years of close ties with Moscow").
    private func isNounOfParticiplePhrase(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        guard isEnglish(trigger, work), let comma = (2...5).map({ start - $0 }).first(where: { $0 >= 0 && work.tokens[$0].mark == "," }),
              work.sentence.text(of: comma + 1).hasSuffix("ing") else { return false }
        return ((comma + 1)..<start).allSatisfy { index in
            work.tokens[index].isWord && work.sentence.text(of: index).first?.isLowercase == true && !work.actors.contains { $0.range.contains(index) }
        }
    }

    /// Whether a verb follows a word after which Arabic drops the subject of the main clause
    /// ("وصل سيارتو إلى مينسك، حيث التقى الرئيس لوكاشينكو": Szijjarto met Lukashenko), so that the
    /// actor after it is its object; the main subject must be a person, state or organisation,
    /// named as no preposition's object ("العلاقات بين الصين والفلبين ...، حيث تتهم مانيلا"), and
    /// the actor after it a name ("حيث اتفق الجانبان" keeps its own subject, the two sides, and
    /// so does one of two people named as the main subject: "الوزيرين ...، حيث أدان عبد العاطي").
    func keepsMainSubject(_ trigger: Span, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard work.token(trigger.range.lowerBound - 1, isIn: .droppedSubjectMarkers, lexicon: lexicon),
              let main = work.actors.first, !work.isPrepositional(main), !work.token(main.range.lowerBound - 1, isOneOf: lexicon.keywords.between)
        else { return false }
        let after = work.firstActor(in: trigger.range.upperBound..<(trigger.range.upperBound + 2))
        // "الوزيرين بحثا ...، حيث أدان عبد العاطي": one of the main subject's people names its own deed.
        let mainList = work.coordinated(from: main, keywords: lexicon.keywords).ids
        guard after?.source != .anaphora, !(mainList.count > 1 && after.map { mainList.contains($0.ids[0]) } == true) else { return false }
        return [.person, .state, .organization].contains(context.kind(main.ids[0]))
    }

    /// Whether the actor right after a word that drops the subject is followed by the verb's own
    /// object phrase, a word naming no one and then one of the frame's prepositions ("شنت خلالها
    /// الولايات المتحدة ضربات على منشآت إيرانية"): it is the verb's subject, not its object.
    func namesSubjectAfterMarker(_ trigger: Span, frame frameIndex: Int, _ work: SentenceWork) -> Bool {
        let marker = trigger.range.upperBound
        guard let after = work.actors.first(where: { $0.range.lowerBound == marker + 1 }), !work.isPrepositional(after) else { return false }
        let object = after.range.upperBound
        return object + 1 < work.tokens.count && work.tokens[object].isWord && !work.actors.contains { $0.range.contains(object) }
            && work.token(object + 1, isOneOf: lexicon.framePrepositions[frameIndex])
    }

    /// Whether a meeting verb with و or after a word of `continuers` ("كما"), after a comma or
    /// after the person's own visit or meeting, continues the clause of the person named first,
    /// one person named after it being the one met ("زار شويغو مينسك، والتقى الرئيس لوكاشينكو",
    /// "قد زار أنقرة في فبراير والتقى الرئيس التركي", "عقد ... جلسة مباحثات مع مدبولي، كما التقى
    /// أحمد الطيب"), or people of one other state ("والتقى الرئيس عبد المجيد تبون ونظيره أحمد
    /// عطاف": the visitor met both); otherwise two actors after it are a new subject and its object.
    func meetsOnePersonAfterComma(_ trigger: Span, frame: LexiconFiles.Frame, _ work: SentenceWork, context: DocumentContext) -> Bool {
        let start = trigger.range.lowerBound
        let joint = trigger.clitic == "و" ? start : work.token(start - 1, isIn: .continuers, lexicon: lexicon) ? start - 1 : -1
        guard RelationType(frame.type) == .metWith, joint >= 1,
              let main = work.actors.first, main.range.upperBound < joint, context.kind(main.ids[0]) == .person,
              work.isClauseBreak(joint - 1) || hasMeetingVerb(between: main.range.upperBound, and: joint, work) else { return false }
        var clauseEnd = trigger.range.upperBound
        while clauseEnd < work.tokens.count, !work.isClauseBreak(clauseEnd), !work.isFullStop(clauseEnd) { clauseEnd += 1 }
        let named = work.actors.filter { $0.range.lowerBound >= trigger.range.upperBound && $0.range.upperBound <= clauseEnd }
        // "كما التقى الإمام الأكبر أحمد الطيب شيخ الأزهر": the office a person after it holds is no one else met.
        let after = named.filter { actor in !named.contains { context.affiliation[$0.ids[0]] == actor.ids[0] } }
        if after.count == 1 { return after[0].ids.count == 1 && after[0].source == .name && context.kind(after[0].ids[0]) == .person }
        let states = Set(after.flatMap(\.ids).map { context.kind($0) == .person ? context.state(of: $0) : nil })
        return after.count <= 3 && states.count == 1 && states.first! != nil && states.first! != context.state(of: main.ids[0])
    }

    /// Whether the name right after an Arabic verb joined by و or ف cannot be its subject: the
    /// verb is in the masculine ("وانتقد"), the name is a state's the lexicon does not mark
    /// masculine (`masculine_ar`: "إيران", not "العراق") or an alliance's or an organisation's
    /// written as a feminine noun (its first word ending in ة or ا, or its second a feminine
    /// nisba: "الترويكا", "منظمة ...", "الدول الأوروبية"), and a verb before
    /// its subject agrees with it ("وانتقدت فرنسا"); the name is then the object and the verb
    /// keeps the subject named before.
    func isFeminineNameAfterMasculineVerb(_ trigger: Span, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard ["و", "ف"].contains(trigger.clitic), trigger.range.count == 1, !isEnglish(trigger, work),
              let after = work.actors.first(where: { $0.range.lowerBound == trigger.range.upperBound }), after.clitic.isEmpty,
              [.state, .alliance, .organization].contains(context.kind(after.ids[0])) else { return false }
        let name = work.tokens[after.range.lowerBound], document = work.sentence.document
        let feminineAdjective = after.range.count > 1 && document.ends(work.tokens[after.range.lowerBound + 1], with: "ية")
        let feminineState = after.source == .name && after.ids.count == 1 && context.kind(after.ids[0]) == .state
            && !lexicon.masculineStates.contains(after.ids[0])
        return !isFeminineOrPlural(trigger, work) && (feminineState || document.ends(name, with: "ة") || document.ends(name, with: "ا") || feminineAdjective)
    }

    /// Whether an Arabic verb joined by و or ف is in the feminine ("وطردت") and the actor right
    /// after it is a title in the masculine with no name ("السفير الكمبودي"): a man cannot be its
    /// subject, so the title is the object and the verb keeps the subject named before (a state).
    func isMasculineTitleAfterFeminineVerb(_ trigger: Span, _ work: SentenceWork) -> Bool {
        guard ["و", "ف"].contains(trigger.clitic), trigger.range.count == 1, !isEnglish(trigger, work),
              let after = work.actors.first(where: { $0.range.lowerBound == trigger.range.upperBound }), after.source == .title, after.clitic.isEmpty
        else { return false }
        return isSingularFeminine(trigger, work) && !work.sentence.document.ends(work.tokens[after.range.lowerBound], with: "ة")
    }

    /// Whether an Arabic verb is in the singular feminine ("وطردت", "وتنتقد"), not dual nor plural.
    private func isSingularFeminine(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let verb = foldedWord(of: trigger, work)
        return isFeminineOrPlural(trigger, work) && !verb.hasSuffix("تا") && !verb.hasSuffix("وا")
    }

    /// Whether an Arabic verb in the singular feminine has right after it a feminine title or
    /// noun of a person that names no one ("وانتقدت القيادية في حزب المؤتمر", "وقالت الناشطة"):
    /// its own subject, unnamed, so the verb does not go on with the subject named before.
    func hasUnnamedFeminineSubject(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let next = trigger.range.upperBound
        guard !isEnglish(trigger, work), next < work.tokens.count, !work.actors.contains(where: { $0.range.lowerBound == next }),
              work.sentence.document.ends(work.tokens[next], with: "ة"), let noun = work.spanIndex(startingAt: next),
              work.spans[noun].value.isTitle || work.spans[noun].value == .function("person_name_nouns") else { return false }
        return isSingularFeminine(trigger, work)
    }

    /// Whether an Arabic verb is in the feminine or carries a dual or plural ending ("وانتقدت", "ودعتا", "ووقعوا").
    private func isFeminineOrPlural(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let verb = foldedWord(of: trigger, work)
        return verb.hasPrefix("ت") || verb.hasPrefix("ست") || verb.hasSuffix("ت") || verb.hasSuffix("تا") || verb.hasSuffix("وا")
    }

    /// Whether a verb continues a clause with its subject dropped: "، وطالب", "وقد سمح", "حيث
    /// التقى", an event noun after a verb joined by و ("، ووجه انتقادات"), "and asked", "and
    /// pledged support", and an English verb right after a comma that follows a word ("Macron
    /// visited Kyiv on Monday, met Zelenskiy", "X meets Y, seeks ...").
    func continuesClause(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        return trigger.clitic == "و" || trigger.clitic == "ف" || work.token(start - 1, is: lexicon.keywords.and) || isGovernedByDualVerb(trigger, work)
            || work.token(continuerIndex(before: trigger, work), isIn: .continuers, lexicon: lexicon)
            || work.token(start - 1, isIn: .droppedSubjectMarkers, lexicon: lexicon)
            || (work.token(start - 1, isIn: .eventVerbs, lexicon: lexicon) && work.tokens[start - 1].readings.0.clitic == ArabicClitics.waw)
            || (isEnglish(trigger, work) && work.token(start - 2, is: lexicon.keywords.and) && work.tokens[start - 1].isWord
                && work.spanIndex(startingAt: start - 1) == nil)
            || isEnglishVerbAfterComma(trigger, work)
            || isVerbOfTimeClause(trigger, work)
    }

    /// Whether an Arabic verb in the masculine singular opens a time clause right after a word
    /// of list `deed_time_words` and "أن", the main clause before it naming one actor ("ويواجه
    /// باشينيان انتخابات، بعد أن وقع اتفاق سلام مع علييف": he signed); a feminine verb has a
    /// subject of its own ("بعد أن أسقطت مقاتلات تابعة للحلف"), and so has a noun after "بعد"
    /// ("بعد لقاء مبعوث ترمب"); after two actors either may be meant ("فرضت الخزانة الأميركية
    /// عقوبات على الرئيس الكولومبي، بعد أن انتقد"), places that are no capital aside.
    private func isVerbOfTimeClause(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        guard case .trigger = trigger.value, trigger.clitic.isEmpty, work.token(start - 1, isIn: .complementizers, lexicon: lexicon),
              work.token(start - 2, isInWordList: "deed_time_words", lexicon: lexicon), !isEnglish(trigger, work), !isFeminineOrPlural(trigger, work)
        else { return false }
        return work.actors.filter { $0.range.upperBound <= start - 2 && !isPlaceOnly($0) }.count == 1
    }

    /// Whether an actor names a place the lexicon knows that is no capital: it does no deed
    /// ("يحاصر الدعم السريع مدينتي كادوقلي والدلنج، بعد أن سيطر": the RSF took control).
    private func isPlaceOnly(_ actor: Actor) -> Bool {
        actor.ids.allSatisfy { lexicon.entities[$0].map { $0.kind == .place && $0.capitalOf == nil } ?? false }
    }

    /// Whether an English verb trigger stands right after a comma that follows a word, other than
    /// a name set off by commas ("Hungary's foreign minister, Peter Szijjarto, criticized": its
    /// subject is that name) or the end of a relative clause ("Poland and Lithuania, which border
    /// Belarus, criticised": its subject is the head of that clause).
    func isEnglishVerbAfterComma(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        guard case .trigger = trigger.value, start >= 2, work.tokens[start - 1].mark == ",", work.tokens[start - 2].isWord,
              isEnglish(trigger, work), work.relativeClauseHead(of: start, lexicon: lexicon) == nil else { return false }
        guard let before = work.actor(endingBefore: start - 1, gap: 0) else { return true }
        return !((before.range.lowerBound - 1)..<before.range.upperBound).contains { $0 >= 0 && work.tokens[$0].mark == "," }
    }

    /// The subject of the English verb that "and" (or a word of list `continuers`: "but") joins a
    /// trigger to, named right before that verb in a clause the main subject is cut off from
    /// ("days after he visited Kyiv and met Zelenskiy": he meets; "said Russia supported the deal
    /// but criticised Israel").
    func subjectOfVerbBeforeAnd(_ trigger: Span, _ work: SentenceWork) -> Actor? {
        let and = trigger.range.lowerBound - 1
        guard work.token(and, is: lexicon.keywords.and) || work.token(and, isIn: .continuers, lexicon: lexicon),
              let verb = work.spans.last(where: { span in
                  guard span.range.upperBound <= and, and - span.range.upperBound <= 8, case .trigger = span.value else { return false }
                  return !work.hasClauseBreak(span.range.upperBound..<and)
              }),
              let subject = work.actor(endingBefore: verb.range.lowerBound, gap: 1), !work.isPrepositional(subject) else { return nil }
        return subject
    }

    /// Whether a verb of a meeting frame (a visit, a meeting) stands between tokens `start` and
    /// `end`.
    private func hasMeetingVerb(between start: Int, and end: Int, _ work: SentenceWork) -> Bool {
        work.spans.contains { span in
            guard span.range.lowerBound >= start, span.range.upperBound <= end, case .trigger(let frame) = span.value else { return false }
            return RelationType(lexicon.frames[frame].type) == .metWith
        }
    }


    /// The subject of an English verb in a clause that a word of `clause_opening_prepositions`
    /// opens, the verb right after it with only auxiliaries between ("since Russia invaded
    /// Ukraine", inside "Orban, who has kept ties with Moscow since Russia invaded Ukraine":
    /// Russia invades, not the relative clause's head); nil elsewhere ("since 2022").
    func subjectAfterClauseOpeningPreposition(of trigger: Span, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        guard let actor = work.actor(endingBefore: afterAuxiliaries(trigger.range.lowerBound, work), gap: 0),
              !work.isPrepositional(actor) else { return nil }
        let start = work.coordinatedBefore(actor, keywords: lexicon.keywords, kind: context.kind).start
        guard let opener = work.span(endingAt: start), opener.value == .function("clause_opening_prepositions") else { return nil }
        return actor
    }
}
