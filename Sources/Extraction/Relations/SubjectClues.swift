import EntityGraph

/// Clues for the subject search: where the actor it would take is not the subject (an unnamed title
/// stands before it, it is the subject of a clause after "قبل أن", it names what an English verb of
/// using names (what an Arabic event noun acts on is in `PatientGenitives.swift`), it follows a
/// noun in construct), and where the subject is found instead (the parties after a later "بين", the
/// nisba before a participle, the owner of a noun that governs the event word, the speaker an
/// English participle goes on with, the members named after a bloc, the subject of a complement
/// clause a verb agrees with, the people who met before a joint noun, the holder after a
/// possessive).
extension FramePatterns {
    /// The states that a member noun's group is named as after the alliance, following a
    /// pronoun of list `naming_pronouns` ("ثلاث دول أعضاء في الناتو هي بولندا وليتوانيا
    /// ولاتفيا", "two members of the alliance, namely Finland and Sweden") or an example marker
    /// ("بعض أعضاء الحلف، مثل المجر"): the members.
    func membersNamedAfter(_ trigger: Span, frame: LexiconFiles.Frame, _ work: SentenceWork, context: DocumentContext) -> [String]? {
        let end = trigger.range.upperBound
        guard RelationType(frame.type) == .memberOf, let bloc = work.firstActor(in: end..<(end + 3)),
              context.kind(bloc.ids[0]) == .alliance, !work.hasClauseBreak(end..<bloc.range.lowerBound) else { return nil }
        var next = bloc.range.upperBound
        if next < work.tokens.count, work.tokens[next].mark == "," || work.tokens[next].mark == "،" { next += 1 }
        let named = work.token(next, isIn: .namingPronouns, lexicon: lexicon)
            ? work.actors.first(where: { $0.range.lowerBound == next + 1 }).map { work.coordinated(from: $0, keywords: lexicon.keywords) }
            : work.listOfExamples(after: bloc.range.upperBound, keywords: lexicon.keywords)
        guard let named else { return nil }
        let states = named.ids.filter { context.kind($0) == .state }
        return states.isEmpty ? nil : states
    }

    /// The subject of a clause after "قبل أن" / "بعد أن" that a verb joined by و continues
    /// ("كان الاتحاد السوفيتي يضم ليتوانيا ... قبل أن تستقل الدول الثلاث عام 1991 وتنضم إلى
    /// الناتو": the three states join, not the Soviet Union): the first actor after the last such
    /// word before the trigger, in one clause with it.
    func subordinateSubject(before trigger: Span, _ work: SentenceWork) -> Actor? {
        let start = trigger.range.lowerBound
        guard let opener = work.spans.last(where: { $0.range.upperBound <= start && $0.value == .function("subordinators") }),
              let subject = work.actors.first(where: { $0.range.lowerBound >= opener.range.upperBound && $0.range.upperBound <= start }),
              !work.hasClauseBreak(subject.range.upperBound..<start) else { return nil }
        return subject
    }

    /// The user of what an English verb of using names ("Moscow used Belarus to invade Ukraine":
    /// Moscow, not Belarus, invades): the actor before that verb, at most two words between
    /// ("Moscow could again use Belarusian territory").
    func usedBy(_ instrument: Actor, _ work: SentenceWork) -> Actor? {
        let verb = instrument.range.lowerBound - 1
        guard work.token(verb, isIn: .instrumentVerbs, lexicon: lexicon), let user = work.actor(endingBefore: verb, gap: 2),
              !work.hasClauseBreak(user.range.upperBound..<verb) else { return nil }
        return user
    }

    /// Whether a title that names no one starts in `range` ("أدان الوزير قصف خاركيف": the
    /// minister, not Kharkiv, is the subject, though unknown).
    func hasUnresolvedTitle(in range: Range<Int>, _ work: SentenceWork) -> Bool {
        work.spans.contains { span in
            guard range.contains(span.range.lowerBound), case .title = span.value else { return false }
            return !work.actors.contains { $0.range.contains(span.range.lowerBound) }
        }
    }

    /// Whether token `index` is an Arabic dual noun in construct before a pair of states ("بين
    /// حكومتي البلدين", "بين وفدي روسيا وأوكرانيا"): a word ending in ي that names no one.
    func isDualConstruct(_ index: Int, _ work: SentenceWork) -> Bool {
        guard index < work.tokens.count, work.tokens[index].isWord, work.spanIndex(startingAt: index) == nil,
              work.sentence.document.isArabic(work.tokens[index]) else { return false }
        let word = NameFolding.fold(work.sentence.text(of: index))
        return word.count >= 4 && word.hasSuffix("ي") && !word.hasPrefix("ال")
            && work.spanIndex(startingAt: index + 1).map { work.spans[$0].value.isStatePair || work.spans[$0].namesState(in: lexicon) } == true
    }

    /// The "بين" / "between" that names the parties of an event word: ending it ("المشتركة بين"),
    /// right after it, or later in
    /// its clause with only words and places between and, after an indefinite word (a construct
    /// ending in a definite word is definite: "استئناف العلاقات الدبلوماسية بين", and so is a
    /// trigger followed by a definite word that names no one: "معاهدة الشراكة الاستراتيجية
    /// الشاملة الموقعة بين البلدين"), no definite
    /// noun that the "بين" may belong to, other than a word of the same frame and the definite
    /// adjectives right after it ("اتفاقية للتعاون الدفاعي بين البلدين"; "محادثات سلام بين
    /// روسيا وأوكرانيا", "المحادثات غير المباشرة بين طهران وواشنطن" with its adjectives, "اتفاق وقف
    /// إطلاق النار بين"; in "يوقعان إعلانا لإنهاء النزاع بين أرمينيا وأذربيجان" the parties are the
    /// conflict's; so in "cooperation and the conflict between Israel and Iran"), a state written right after a place being its adjective ("محادثات استمرت
    /// ساعات في مدينة جدة السعودية بين وفدين أمريكي وأوكراني").
    func betweenWord(of trigger: Span, _ work: SentenceWork, context: DocumentContext) -> Int? {
        let end = trigger.range.upperBound
        if work.token(end - 1, isOneOf: lexicon.keywords.between) { return end - 1 } // "المشتركة بين"
        guard let index = (end..<min(end + 8, work.tokens.count)).first(where: { work.token($0, isOneOf: lexicon.keywords.between) }) else {
            return nil
        }
        if index == end { return index }
        let definiteTrigger = trigger.clitic.hasSuffix("ال") || trigger.clitic.hasSuffix("لل") // "للتعاون الدفاعي بين": ل and the article
            || work.sentence.document.startsWithArticle(work.tokens[trigger.range.lowerBound])
            || (trigger.range.count > 1 && work.sentence.document.startsWithArticle(work.tokens[trigger.range.upperBound - 1]))
            || !work.actors.contains(where: { $0.range.lowerBound == end }) && work.sentence.document.startsWithArticle(work.tokens[end])
        var definiteNoun = false, qualifiesSameFrame = false // "اتفاقية للتعاون الدفاعي بين": the adjective is the cooperation's
        for position in end..<index where !definiteTrigger && !definiteNoun {
            if work.spans.contains(where: { $0.value == trigger.value && $0.range.contains(position) }) {
                qualifiesSameFrame = true
                continue
            }
            let definite = work.tokens[position].isWord && !work.actors.contains { $0.range.contains(position) }
                && work.sentence.document.startsWithArticle(work.tokens[position])
            definiteNoun = definite && !qualifiesSameFrame
            qualifiesSameFrame = qualifiesSameFrame && definite
        }
        let fight = work.spans.contains { $0.range.lowerBound >= end && $0.range.upperBound == index && $0.namesFight(in: lexicon) }
        guard !work.hasClauseBreak(end..<index), !definiteNoun, !fight else { return nil }
        let actorsBetween = work.actors.filter { (end..<index).contains($0.range.lowerBound) }
        let placesOnly = actorsBetween.indices.allSatisfy { position in
            let actor = actorsBetween[position]
            let qualifiesPlace = position > 0 && actor.clitic.isEmpty && actorsBetween[position - 1].range.upperBound == actor.range.lowerBound
                && context.kind(actorsBetween[position - 1].ids[0]) == .place
            return context.kind(actor.ids[0]) == .place || qualifiesPlace
        }
        return placesOnly ? index : nil
    }

    /// The state of the nisba right before an Arabic participle with the article that qualifies
    /// the same noun ("الأسلحة النووية الروسية المنتشرة في بيلاروسيا": Russia's weapons, which
    /// Russia deploys), or within six words before a verb whose clause names no actor before it,
    /// the nisba of what the verb tells of ("منظومة الصواريخ الروسية فرط الصوتية «أوريشنيك»
    /// ستنشر على أراضي بيلاروس").
    func nisbaBeforeParticiple(_ trigger: Span, _ work: SentenceWork) -> String? {
        let start = trigger.range.lowerBound
        guard !isEnglish(trigger, work), trigger.clitic.isEmpty else { return nil }
        if work.sentence.document.startsWithArticle(work.tokens[start]) {
            guard let nisba = work.spans.last(where: { $0.range.upperBound == start }), case .nisba(let state) = nisba.value else { return nil }
            return state
        }
        let clause = ((0..<start).last { work.isClauseBreak($0) || work.token($0, isIn: .complementizers, lexicon: lexicon) } ?? -1) + 1
        guard case .trigger = trigger.value, !work.actors.contains(where: { $0.range.lowerBound >= clause && $0.range.upperBound <= start }),
              let nisba = work.spans.last(where: { $0.range.upperBound <= start && $0.range.lowerBound >= max(clause, start - 6) && $0.value.isNisba }),
              case .nisba(let state) = nisba.value else { return nil }
        return state
    }

    /// Whether an Arabic noun in construct stands in `range` after a verb: a word without the
    /// article, the accusative ending or a proclitic, in no function list and naming no one
    /// ("انتقد استبعاد كييف": Kyiv is the noun's, not the verb's subject).
    func hasConstructNoun(in range: Range<Int>, _ work: SentenceWork) -> Bool {
        range.contains { index in
            let token = work.tokens[index]
            guard token.isWord, token.number < 0, work.sentence.document.isArabic(token), work.spanIndex(startingAt: index) == nil,
                  !lexicon.isAnyFunctionWord(token.word), token.readings.0.clitic == 0 else { return false }
            let written = work.sentence.text(of: index)
            return !NameFolding.fold(written).hasPrefix("ال") && written.unicodeScalars.last != "\u{064B}" && !written.hasSuffix("ا")
        }
    }

    /// The owner of an Arabic noun with a possessive ending that governs the event word through a
    /// preposition ("أعلن بوتين موافقته على نشر أوريشنيك", "قرارها بنشر"): the actor named last
    /// before that noun, not after a preposition, who consents to or decides the event.
    func ownerOfGoverningNoun(_ trigger: Span, _ work: SentenceWork) -> Actor? {
        let start = trigger.range.lowerBound
        let noun = ArabicClitics.endsWithPreposition(trigger.clitic, "ب") ? start - 1
            : work.token(start - 1, isOneOf: lexicon.keywords.prepositions) ? start - 2 : -1
        guard noun >= 1, work.sentence.document.isArabic(work.tokens[noun]), work.spanIndex(startingAt: noun) == nil,
              PossessiveForms.hasSuffix(work.sentence.text(of: noun), among: lexicon.pronounSuffixes) else { return nil }
        return work.actors.last { $0.range.upperBound <= noun && !work.hasClauseBreak($0.range.upperBound..<noun) }
            .flatMap { work.isPrepositional($0) ? nil : $0 }
    }

    /// The clause opener of an English gerund, written right before it or in its trigger ("after
    /// meeting"): a speech verb right before the opener makes the speaker its subject ("Šakalienė
    /// said after meeting her German counterpart"); an opener before the trigger otherwise makes
    /// the sentence's first actor its subject ("Poland ordered the closure ..., after blaming
    /// Russian intelligence").
    func gerundOpener(of trigger: Span, _ work: SentenceWork) -> Int? {
        let opener = work.token(trigger.range.lowerBound, isIn: .clauseOpeners, lexicon: lexicon) ? trigger.range.lowerBound : trigger.range.lowerBound - 1
        guard opener >= 0, work.token(opener, isIn: .clauseOpeners, lexicon: lexicon),
              trigger.range.contains(where: { work.sentence.text(of: $0).hasSuffix("ing") }) else { return nil }
        return opener
    }

    /// Whether a speech verb ends right before token `index`, or before a time phrase and a comma there.
    func followsSpeechVerb(_ index: Int, _ work: SentenceWork) -> Bool {
        work.spans.contains { span in
            guard span.range.upperBound <= index, span.value == .function(FunctionList.speechVerbs.rawValue) else { return false }
            // "Frostadottir said on Friday, after meeting": a time phrase and a comma between.
            let after = work.skippingTimePhrase(span.range.upperBound)
            return span.range.upperBound == index || (after < index && work.tokens[after].mark == "," && after + 1 == index)
        }
    }

    /// The doer of the clause that a noun after a comma and an article sums up, before an English
    /// passive participle ("Trump has floated the idea ..., a proposal condemned by the
    /// Palestinian Authority"): the sentence's first actor.
    func summarizedDeedDoer(before trigger: Span, _ work: SentenceWork) -> Actor? {
        let start = trigger.range.lowerBound
        guard start >= 3, work.tokens[start - 1].isWord, work.token(start - 2, isOneOf: lexicon.keywords.articles),
              work.tokens[start - 3].mark == "," else { return nil }
        return work.actors.first { $0.range.upperBound <= start - 3 }
    }

    /// The subject of the clause after "أن" / "إن" that an Arabic verb joined by و goes on with
    /// when its gender is not the main verb's ("أعلنت كالاس أن التكتل لن يعترف بالنتائج،
    /// وسيفرض عقوبات": the bloc imposes them, not Kallas): the actor right after the last
    /// complementizer before it. A verb of list `future_markers` governing the trigger carries
    /// the gender ("لكنها ستواصل دعم أوكرانيا").
    func complementSubject(before trigger: Span, _ work: SentenceWork) -> Actor? {
        let start = trigger.range.lowerBound
        guard !isEnglish(trigger, work),
              let complementizer = (0..<start).last(where: { work.token($0, isIn: .complementizers, lexicon: lexicon) }),
              let verb = work.spans.last(where: { $0.range.upperBound <= complementizer && $0.value == .function("speech_verbs") }),
              let subject = work.actors.first(where: { $0.range.lowerBound == complementizer + 1 }) else { return nil }
        let folded = { (index: Int, clitic: String) in String(NameFolding.fold(work.sentence.text(of: index)).dropFirst(clitic.count)) }
        let mainFeminine = folded(verb.range.lowerBound, verb.clitic).hasSuffix("ت")
        let governed = work.token(start - 1, isIn: .futureMarkers, lexicon: lexicon)
        let word = governed ? folded(start - 1, "") : folded(start, trigger.clitic)
        let verbFeminine = word.hasPrefix("ت") || word.hasPrefix("ست")
        let verbMasculine = word.hasPrefix("ي") || word.hasPrefix("سي")
        return (mainFeminine && verbMasculine) || (!mainFeminine && verbFeminine) ? subject : nil
    }

    /// The two or more who met in a meeting verb of the sentence before a joint event noun, what
    /// they discussed ("بحث الوزيران سبل توسيع التعاون", "التقى عبد العاطي نظيره فيدان، وبحثا تعزيز
    /// التعاون": the ministers' states cooperate); none when a verb of witnessing stands just
    /// before it ("يستقبل عراقجي وغروسي ويشهد توقيع اتفاق": the host witnesses, the parties are
    /// not told).
    func meetingPartners(before trigger: Span, _ work: SentenceWork) -> [String]? {
        let start = trigger.range.lowerBound
        guard work.enumeration.count >= 2,
              !(max(0, start - 5)..<start).contains(where: { work.token($0, isIn: .witnessVerbs, lexicon: lexicon) }) else { return nil }
        let met = work.spans.contains { span in
            guard span.range.upperBound <= trigger.range.lowerBound, case .trigger(let frame) = span.value else { return false }
            return RelationType(lexicon.frames[frame].type) == .metWith
        }
        return met ? work.enumeration : nil
    }

    /// The actor an English possessive names after its owner (up to `words` lower-case words, no
    /// stopword, between, an organisation's noun among them: "Greenland's new premier", "Serbia's
    /// oil company NIS", "Spain's grid operator Red Electrica") before `index`:
    /// the sentence's subject, not the owner ("Orban's foreign minister, Peter Szijjarto, ...").
    func possessedHolder(of owner: Actor, before index: Int, words: Int = 1, _ work: SentenceWork) -> Actor? {
        guard let length = work.possessiveLength(at: owner.range.upperBound) else { return nil }
        let first = owner.range.upperBound + length
        var start = first
        while start - first < words, start < work.tokens.count, work.tokens[start].isWord,
              work.spanIndex(startingAt: start).map({ work.spans[$0].value == .function(FunctionList.organizationNameNouns.rawValue) }) ?? true,
              !lexicon.isFunctionWord(work.tokens[start].word, list: .stopwords),
              work.sentence.text(of: start).unicodeScalars.first?.properties.isLowercase == true { start += 1 }
        return work.actors.first { (first...start).contains($0.range.lowerBound) && $0.range.upperBound <= index }
    }

    /// The token where the English auxiliaries and adverbs in "-ly" right before token `index`
    /// start ("Turkey, a NATO member, has also supplied": the "has"; "has repeatedly accused"), or
    /// `index` when none stands there.
    func afterAuxiliaries(_ index: Int, _ work: SentenceWork) -> Int {
        var start = index
        while start > 0, work.token(start - 1, isIn: .auxiliaries, lexicon: lexicon) || work.isEnglishAdverb(start - 1, lexicon: lexicon) { start -= 1 }
        return start
    }

    /// The state whose Arabic nisba names a verb's doer, and where the subject ends: the nisba
    /// right after the verb, or after an event noun of the same frame there ("استهدفت الغارات
    /// الإسرائيلية مواقع": the strikes are Israel's); or the nisba of the same frame's event noun
    /// that a relative clause opened by the verb describes ("الضربة الإسرائيلية التي استهدفت
    /// قيادات حماس").
    func nisbaDoer(of frameIndex: Int, trigger: Span, _ work: SentenceWork) -> (state: String, end: Int)? {
        let end = trigger.range.upperBound
        let noun = work.spans.first { $0.range.lowerBound == end && $0.value == .nominalTrigger(frameIndex) }
        if let position = work.spanIndex(startingAt: noun?.range.upperBound ?? end), work.spans[position].clitic.isEmpty,
           case .nisba(let state) = work.spans[position].value {
            return (state, work.spans[position].range.upperBound)
        }
        let pronoun = trigger.range.lowerBound - 1
        guard work.token(pronoun, isIn: .relativePronouns, lexicon: lexicon), let nisba = work.span(endingAt: pronoun),
              case .nisba(let state) = nisba.value, nisba.clitic.isEmpty,
              work.spans.contains(where: { $0.range.upperBound == nisba.range.lowerBound && $0.value == .nominalTrigger(frameIndex) })
        else { return nil }
        return (state, end)
    }

    /// The end of an apposition between commas that names a subject written after its verb
    /// again ("ويرتبط البلدان، روسيا وبيلاروسيا، بمعاهدة"), or a title of it with a few words
    /// left unread before the closing comma: the object is looked for after it; `end` itself
    /// when none.
    func pastApposition(naming ids: [String], at end: Int, _ work: SentenceWork) -> Int {
        guard let list = work.listInApposition(after: end, keywords: lexicon.keywords), Set(list.ids) == Set(ids),
              list.end < work.tokens.count else { return end }
        if work.tokens[list.end].mark == "," { return list.end + 1 }
        return work.closingComma(from: list.end) ?? end
    }

    /// Whether an Arabic verb with an object pronoun opens a relative clause ("الضربات ...، والتي
    /// أدانتها بغداد", or right after the comma closing an indefinite noun, which takes no
    /// relative pronoun: "غارات إسرائيلية على السويداء، دانتها الإمارات"): the pronoun is the deed
    /// named before.
    func isRelativeVerbOfDeed(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        return (work.token(start - 1, isIn: .relativePronouns, lexicon: lexicon) || (start >= 1 && work.tokens[start - 1].mark == "،" && trigger.clitic.isEmpty))
            && PossessiveForms.hasSuffix(work.sentence.text(of: start), among: lexicon.pronounSuffixes)
    }

    /// Whether "and" and a word that names no one stand in `range`, joining a verb phrase of the
    /// main subject ("visited Chisinau and pledged ... to support Moldova": the visitor
    /// supports, not the place visited).
    func joinsVerbPhrase(_ range: Range<Int>, _ work: SentenceWork) -> Bool {
        range.contains { index in
            work.token(index, is: lexicon.keywords.and) && index + 1 < work.tokens.count && work.tokens[index + 1].isWord
                && work.spanIndex(startingAt: index + 1) == nil
        }
    }

    /// Whether an Arabic actor joined to a list is followed by a present-tense verb of its own
    /// (a trigger or speech verb opening with ي or ت): it opens the next clause ("غارات
    /// إسرائيلية على دمشق وتركيا تدين ...": Turkey condemns, it is not struck).
    func isSubjectOfNextVerb(_ actor: Actor, _ work: SentenceWork) -> Bool {
        let next = actor.range.upperBound
        guard next < work.tokens.count, work.sentence.document.isArabic(work.tokens[next]),
              let position = work.spanIndex(startingAt: next), work.spans[position].clitic.isEmpty else { return false }
        switch work.spans[position].value {
        case .trigger, .function("speech_verbs"): break
        default: return false
        }
        let first = NameFolding.fold(work.sentence.text(of: next)).unicodeScalars.first
        return first == "ي" || first == "ت"
    }

    /// Whether an Arabic event noun is followed by its agent in construct and then by its object
    /// after a noun with the proclitic ل ("جدد سافايا دعم واشنطن لاستقرار العراق": Washington
    /// supports, not Savaya, who renews), also past one adjective and with the object named by a
    /// nisba ("جدد الوزير دعم مصر الكامل لمؤسسات الدولة السودانية").
    func hasConstructAgentBeforeObject(_ trigger: Span, _ work: SentenceWork) -> Bool {
        guard let agent = work.actors.first(where: { $0.range.lowerBound == trigger.range.upperBound }), agent.clitic.isEmpty else { return false }
        var noun = agent.range.upperBound
        let isPlainArabicWord: (Int) -> Bool = { index in
            index + 1 < work.tokens.count && work.tokens[index].isWord && work.sentence.document.isArabic(work.tokens[index])
                && work.spanIndex(startingAt: index) == nil
        }
        if isPlainArabicWord(noun), work.sentence.document.startsWithArticle(work.tokens[noun]) { noun += 1 }
        guard isPlainArabicWord(noun), !lexicon.isAnyFunctionWord(work.tokens[noun].word) else { return false }
        let word = NameFolding.fold(work.sentence.text(of: noun))
        return word.hasPrefix("ل") && word.count >= 5 && (work.actors.contains { $0.range.lowerBound == noun + 1 }
            || work.spans.contains { $0.value.isNisba && $0.range.lowerBound > noun && $0.range.lowerBound <= noun + 3 })
    }

    /// Where the object of an event noun is looked for after its construct agent and one
    /// adjective ("دعم تركيا الكامل لاستقرار سوريا": after "الكامل"); `end` itself otherwise.
    func pastAdjective(of trigger: Span, at end: Int, _ work: SentenceWork) -> Int {
        guard end < work.tokens.count, work.spanIndex(startingAt: end) == nil, work.tokens[end].isWord,
              work.sentence.document.startsWithArticle(work.tokens[end]), hasConstructAgentBeforeObject(trigger, work) else { return end }
        return end + 1
    }

    /// The state whose nisba or armed forces stand in the "of" phrase of an English event noun
    /// whose agent a nisba names ("the deployment of a Canadian battalion to Latvia", "of a
    /// German army brigade": Canada, Germany), or the state or bloc of a phrase of list
    /// `own_forces` there ("of its standby force"), within four words of "of", and where the
    /// phrase's words end.
    func nisbaAfterOf(_ trigger: Span, _ work: SentenceWork, context: DocumentContext) -> (state: String, end: Int)? {
        let of = trigger.range.upperBound
        guard work.token(of, is: lexicon.keywords.of) else { return nil }
        for span in work.spans where span.range.lowerBound > of && span.range.lowerBound <= of + 4 {
            guard !work.hasClauseBreak(of..<span.range.lowerBound) else { continue }
            var owner: String?
            if case .nisba(let state) = span.value {
                owner = state
            } else if let forces = work.actors.first(where: { $0.range == span.range }), context.isArmedForce(forces.ids[0]) {
                owner = context.state(of: forces.ids[0])
            } else if span.value == .function("own_forces"), let forces = work.actors.first(where: { $0.range == span.range }) {
                owner = forces.ids[0] // "the deployment of its standby force to Benin": the bloc or state "its" stands for
            }
            guard let state = owner else { continue }
            var end = span.range.upperBound
            while end < work.tokens.count, end - span.range.upperBound < 2, isPlainLowerCaseWord(end, work) { end += 1 }
            return (state, end)
        }
        return nil
    }

    /// Whether token `index` is a lower-case Latin word that starts no span and is no function
    /// word ("army brigade", not "to").
    private func isPlainLowerCaseWord(_ index: Int, _ work: SentenceWork) -> Bool {
        work.tokens[index].isWord && work.spanIndex(startingAt: index) == nil && !lexicon.isAnyFunctionWord(work.tokens[index].word)
            && !work.token(index, isOneOf: lexicon.keywords.prepositions)
            && work.sentence.text(of: index).unicodeScalars.first.map { $0.isLatinLetter && $0.properties.isLowercase } == true
    }

    /// The actor within three tokens after a verb ending at `end`, past the honorific that may
    /// open it (list `honorifics`: "استقبل حضرة صاحب السمو الشيخ تميم"), with no noun in construct
    /// before it.
    func actorAfterVerb(_ end: Int, _ work: SentenceWork) -> Actor? {
        let start = work.honorific(at: end)?.range.upperBound ?? end
        return work.firstActor(in: start..<(start + 3)).flatMap { hasConstructNoun(in: start..<$0.range.lowerBound, work) && quotedNameStart(at: start, work) != $0.range.lowerBound ? nil : $0 }
    }

    /// The state of a nisba that an earlier trigger took as its object with the complement word
    /// right before this trigger (`complementStart`: "accused Serbian arms makers of supplying
    /// ammunition": the makers, Serbia, supply), at most three plain words between them.
    func accusedNisba(before trigger: Span, _ work: SentenceWork) -> String? {
        let complement = trigger.range.lowerBound - 1
        guard complement > 1, work.complements[complement] != nil else { return nil }
        var cursor = complement - 1
        while cursor > 0, complement - cursor <= 3, work.tokens[cursor].isWord, work.spanIndex(startingAt: cursor) == nil { cursor -= 1 }
        guard let nisba = work.span(endingAt: cursor + 1), case .nisba(let state) = nisba.value else { return nil }
        return state
    }
}
