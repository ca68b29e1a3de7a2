import EntityGraph

/// Who holds an event noun when no verb names its subject: the states written right after it
/// ("بيانا روسيا صينيا مشتركا"), its agent after or before it ("الغزو الروسي", "Russia's
/// invasion"), the subject of a relative clause or of a participle with "by" that follows it,
/// and the subject of a verb that holds events ("بدأت روسيا وبيلاروسيا المرحلة الثانية من مناورات");
/// and the agent and patient of an event noun that the actor before it suffers ("تعرضت خاركيف
/// لقصف روسي") or that stands in construct with a name and a nisba ("غزو أوكرانيا الروسي").
extension FramePatterns {
    /// The actor after a relative pronoun and its verb that follow an event noun, with at most
    /// two adjectives ("المناورات العسكرية المشتركة التي تجريها موسكو ومينسك"), up to five definite
    /// words that name nothing ("عمليات الإطلاق المتكررة للصواريخ الباليستية التي تجريها") or the event's
    /// quoted name ("مناورات "زاباد 2025" التي تجريها القوات الروسية") between; or right after an
    /// Arabic event-holding verb whose pronoun stands for the noun ("محادثات أجراها بوتين مع ...",
    /// "هجوم تبناه \"داعش\"", a quotation mark allowed before the holder); a pronoun of list
    /// `pronoun_objects` that takes the noun back may stand after a verb of list `event_verbs`,
    /// one of list `reaching_verbs` too ("الاتفاق الذي توصلت إليه أربيل مع بغداد"; not "الهجوم
    /// الذي تعرضت له أوكرانيا", whose subject suffers it).
    func relativeClauseSubject(after nounEnd: Int, _ work: SentenceWork) -> Actor? {
        let end = endOfQuotedName(at: nounEnd, work) ?? nounEnd
        if work.token(end, isIn: .eventVerbs, lexicon: lexicon), work.sentence.document.isArabic(work.tokens[end]),
           let holder = work.actors.first(where: { $0.range.lowerBound == end + 1 || (work.isQuotationMark(end + 1) && $0.range.lowerBound == end + 2) }) {
            return holder // "هجوم تبناه \"داعش\""
        }
        guard let relative = (end..<min(end + 6, work.tokens.count)).first(where: {
            work.token($0, isIn: .relativePronouns, lexicon: lexicon)
        }), relative < end + 3 || (end..<relative).allSatisfy({ isDefiniteModifier($0, work) }),
              !work.hasClauseBreak(end..<relative), relative + 2 < work.tokens.count,
              work.tokens[relative + 1].isWord,
              work.spanIndex(startingAt: relative + 1).map({ work.spans[$0].value == .function("reaching_verbs") }) ?? true else { return nil }
        let resumed = work.token(relative + 1, isIn: .eventVerbs, lexicon: lexicon) && work.token(relative + 2, isIn: .pronounObjects, lexicon: lexicon)
        return work.actors.first { $0.range.lowerBound == relative + (resumed ? 3 : 2) }
    }

    /// The token after a quoted name of at most five words that opens at `index` ("«زاباد 2025»",
    /// "\"Zapad-2025\""), if one does.
    func endOfQuotedName(at index: Int, _ work: SentenceWork) -> Int? {
        guard index + 2 < work.tokens.count, let open = work.tokens[index].mark, ["\"", "«", "“"].contains(open) else { return nil }
        let close: Unicode.Scalar = open == "«" ? "»" : open == "“" ? "”" : "\""
        return (index + 2..<min(index + 7, work.tokens.count)).first { work.tokens[$0].mark == close }.map { $0 + 1 }
    }

    /// Two or more actors named together right after an English event noun and a relative
    /// pronoun ("the exercises that Russia and Belarus are holding"): the noun's subjects.
    func englishRelativeClauseSubjects(after end: Int, _ work: SentenceWork) -> (ids: [String], end: Int)? {
        guard work.token(end, isIn: .relativePronouns, lexicon: lexicon),
              let first = work.actors.first(where: { $0.range.lowerBound == end + 1 }) else { return nil }
        let list = work.coordinated(from: first, keywords: lexicon.keywords)
        return list.ids.count >= 2 ? list : nil
    }

    /// The "by" of a participle of an event-holding verb right after an English event noun, or
    /// after it and a comma ("the exercises held by Russia and Belarus", "the Zapad drills, held
    /// by", "strikes carried out by Russia"): its agent holds the event.
    func participleAgentMarker(after trigger: Int, _ work: SentenceWork) -> Int? {
        let end = trigger < work.tokens.count && work.tokens[trigger].mark == "," ? trigger + 1 : trigger // "the drills, held by"
        guard work.token(end, isIn: .eventVerbs, lexicon: lexicon) else { return nil }
        return [end + 1, end + 2].first { by in
            work.token(by, is: lexicon.keywords.by) && (end + 1..<by).allSatisfy { work.tokens[$0].isWord && work.spanIndex(startingAt: $0) == nil }
        }
    }

    /// The subject written right after an Arabic verb that holds events ("بدأت روسيا وبيلاروسيا
    /// المرحلة الثانية من مناورات ...": Russia and Belarus hold the exercises), or of one of
    /// another list of `verbs`, with at most eight words between it and the event noun in one
    /// clause; for an event-holding verb with no subject after it, the actor right before it
    /// ("وكانت ألمانيا قد أعلنت حزمة مساعدات عسكرية لكييف"), when no one is named in between;
    /// for a verb of use with no subject after it, the one allowed to use, named right before it
    /// ("سمح لوكاشينكو للقوات الروسية باستخدام أراضي بلاده لغزو أوكرانيا", "allowed Russian troops
    /// to use its territory to invade Ukraine").
    func eventVerbSubject(of trigger: Span, _ work: SentenceWork, verbs: FunctionList = .eventVerbs) -> Actor? {
        let start = trigger.range.lowerBound
        guard let verb = (max(0, start - 9)..<start).last(where: { work.token($0, isIn: verbs, lexicon: lexicon) }),
              !work.hasClauseBreak(verb..<start) else { return nil }
        if verbs == .instrumentVerbs, let user = work.actor(endingBefore: work.token(verb - 1, is: lexicon.keywords.toEnglish) ? verb - 1 : verb, gap: 0) {
            return user // the one allowed to use, not the land used ("موسكو باستخدام الأراضي البيلاروسية منصة لتهديد")
        }
        if let subject = work.actors.first(where: { $0.range.lowerBound == verb + 1 }) {
            return subject.range.upperBound <= start ? subject : nil
        }
        if verbs == .instrumentVerbs { return nil }
        guard verbs == .eventVerbs, let before = work.actor(endingBefore: verb, gap: 2), !work.isPrepositional(before),
              !work.hasClauseBreak(before.range.upperBound..<verb), work.firstActor(in: verb..<start) == nil else { return nil }
        return before
    }

    /// The owner of the pronoun ending an Arabic event noun ("بدأت روسيا غزوها لأوكرانيا":
    /// Russia): the actor named last before it in its clause, unless another event word is that
    /// actor's verb, right before it or between it and the noun ("أدانت بولندا هجومها": Poland
    /// condemns, the attack is not hers); for a dual or plural pronoun, the two or more actors
    /// that open the sentence; else the doer of the last deed of the noun's kind in this sentence
    /// or the three before.
    func possessedEventOwner(of trigger: Span, frame frameIndex: Int, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        let start = trigger.range.lowerBound
        guard PossessiveForms.hasSuffix(work.sentence.text(of: start), among: lexicon.pronounSuffixes) else { return nil }
        if let owner = work.actors.last(where: { $0.range.upperBound <= start && !work.hasClauseBreak($0.range.upperBound..<start) }),
           !work.isPrepositional(owner) {
            let ownVerb = work.spans.contains { span in
                guard span.isEventWord else { return false }
                return span.range.upperBound == owner.range.lowerBound
                    || (span.range.lowerBound >= owner.range.upperBound && span.range.upperBound <= start)
            }
            if !ownVerb { return leadOffice(of: owner, work, context: context) ?? owner }
        }
        let written = NameFolding.fold(work.sentence.text(of: start))
        if written.hasSuffix("هما") || written.hasSuffix("هم"), let main = work.actors.first, main.range.upperBound <= start,
           !work.isPrepositional(main) {
            let list = work.coordinated(from: main, keywords: lexicon.keywords) // "رحبت السعودية وقطر ...، وأعربتا عن دعمهما"
            if list.ids.count >= 2, list.end <= start { return Actor(ids: list.ids, range: main.range.lowerBound..<list.end, clitic: main.clitic, source: .name) }
        }
        guard let deed = context.recentDeed(RelationType(lexicon.frames[frameIndex].type)) else { return nil }
        return Actor(ids: deed.agents, range: trigger.range, clitic: "", source: .anaphora)
    }

    /// The office a person is named the leader of by an agent phrase right before them, the
    /// person's other names after it skipped ("قوات الدعم السريع بقيادة محمد حمدان دقلو
    /// "حميدتي" سيطرتها": the forces' takeover, not the commander's).
    func leadOffice(of actor: Actor, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        guard context.kind(actor.ids[0]) == .person else { return nil }
        var first = actor
        while let previous = work.actor(endingBefore: first.range.lowerBound, gap: 2), previous.ids == first.ids { first = previous }
        guard let phrase = work.spans.last(where: { $0.value == .function(Lexicon.agentPhraseList) && $0.range.upperBound <= first.range.lowerBound }),
              first.range.lowerBound - phrase.range.upperBound <= 1,
              let office = work.actor(endingBefore: phrase.range.lowerBound, gap: 0), context.kind(office.ids[0]) != .person else { return nil }
        return office
    }

    /// The subject right before an English verb that holds events, of the event noun after it in
    /// its clause ("Russia launched a massive drone and missile attack on Ukraine"), or the head of
    /// the relative clause the verb opens ("the United States, which has carried out strikes").
    func englishEventVerbSubject(of trigger: Span, _ work: SentenceWork) -> Actor? {
        let start = trigger.range.lowerBound
        guard let verb = (max(0, start - 9)..<start).last(where: { work.token($0, isIn: .eventVerbs, lexicon: lexicon) }),
              !work.hasClauseBreak(verb..<start) else { return nil }
        return work.actor(endingBefore: verb, gap: 1) ?? work.relativeClauseHead(of: verb, lexicon: lexicon)
    }

    /// Two or more states written right after a noun ("بيانا روسيا صينيا مشتركا", "محادثات
    /// روسية - أميركية"), by name or nisba, past adjectives of list `event_qualifiers` before the
    /// first ("المناورات العسكرية الروسية البيلاروسية"), also one that names no body there although
    /// it may ("المناورات البحرية الروسية الصينية").
    func statesRight(after index: Int, _ work: SentenceWork, context: DocumentContext) -> (ids: [String], end: Int) {
        var ids: [String] = []
        var cursor = index
        let unreadBody = { (span: Int) -> Bool in
            guard case .institution = work.spans[span].value else { return false }
            return !work.consumed.contains(span)
        }
        while cursor < index + 2, work.token(cursor, isIn: .eventQualifiers, lexicon: lexicon),
              work.spanIndex(startingAt: cursor).map(unreadBody) ?? true {
            cursor += 1
        }
        while true {
            if !ids.isEmpty, cursor < work.tokens.count, let mark = work.tokens[cursor].mark, mark == "-" || mark == "–" {
                cursor += 1
            }
            guard let position = work.spanIndex(startingAt: cursor) else { break }
            switch work.spans[position].value {
            case .nisba(let state): ids.append(state)
            case .entity(let id) where context.kind(id) == .state: ids.append(id)
            default: return (ids, cursor)
            }
            cursor = work.spans[position].range.upperBound
        }
        return (ids, cursor)
    }

    /// The agent of an event noun: a person named with a title, an anaphor ("تضامن الحلف مع
    /// وارسو"), a nisba or a named actor right after it ("زيارة رئيس الوزراء الهندي ناريندرا مودي",
    /// "الغزو الروسي"), a capital standing for its state ("دعم طهران لحكومة بغداد"), but no other place;
    /// a name in quotation marks, its kind's noun before it or not ('هجوم "حزب الله"'); a state's
    /// name after a noun of list `state_nouns` ("تضامن دولة الإمارات مع العراق").
    func agent(after start: Int, _ work: SentenceWork, context: DocumentContext) -> (id: String, end: Int)? {
        var index = quotedNameStart(at: start, work)
        if work.token(index, isIn: .stateNouns, lexicon: lexicon), let next = work.spanIndex(startingAt: index + 1),
           case .entity(let id) = work.spans[next].value, context.kind(id) == .state { index += 1 }
        if let actor = work.actors.first(where: { $0.range.lowerBound == index }), actor.clitic.isEmpty,
           context.kind(actor.ids[0]) == .person || (actor.source == .anaphora && actor.ids.count == 1) {
            return (actor.ids[0], actor.range.upperBound)
        }
        guard let position = work.spanIndex(startingAt: index) else { return nil }
        let span = work.spans[position]
        switch span.value {
        case .nisba(let state): return (state, span.range.upperBound)
        case .entity(let id) where span.clitic.isEmpty && (context.kind(id) != .place || lexicon.entities[id]?.capitalOf != nil):
            return (id, span.range.upperBound)
        default: return nil
        }
    }

    /// Agents joined by و to the agent ending at `index`: nisbas ("الضربات الإسرائيلية
    /// والأميركية"), or names of the first agent's kind, a state, an organisation or a person
    /// ("هجمات جماعة بوكو حرام وتنظيم داعش": both attack; the one attacked follows a preposition):
    /// more agents of the same event, and where they end.
    func conjoinedAgents(after index: Int, first: String, _ work: SentenceWork, context: DocumentContext) -> (ids: [String], end: Int) {
        var ids: [String] = [], cursor = index
        let kind = context.kind(first)
        while let position = work.spanIndex(startingAt: cursor), work.spans[position].clitic == "و" {
            switch work.spans[position].value {
            case .nisba(let state) where !ids.contains(state): ids.append(state)
            case .entity(let id) where kind != .place && context.kind(id) == kind && id != first && !ids.contains(id): ids.append(id)
            default: return (ids, cursor)
            }
            cursor = work.spans[position].range.upperBound
        }
        return (ids, cursor)
    }

    /// The agent of an English event noun, written before it: "Russia's invasion", "the Russian
    /// invasion", "Moscow's invasion": a capital or seat of power standing for its state), or with
    /// a possessive pronoun (modifiers allowed after it: "its brutal attacks") the sentence's
    /// first actor ("Russia used ... its invasion", "Moscow massed troops in Belarus before its
    /// invasion"), a person only for "his" / "her" and no person for "its" ("Tokayev ...
    /// sanctions imposed on Russia over its invasion": Russia's);
    /// after "over" the last state named before in its clause ("The U.S. sanctioned NIS as part of
    /// measures targeting Russia's energy sector over its war": Russia's); the one that led it, glued
    /// to a participle of `leading_participles` ("the Hamas-led attack").
    func agent(before index: Int, _ work: SentenceWork, context: DocumentContext) -> (id: String, start: Int)? {
        if index >= 3, PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, index - 2), work.token(index - 1, isIn: .leadingParticiples, lexicon: lexicon),
           let leader = work.actor(endingBefore: index - 2, gap: 0) {
            return (context.actingEntity(leader.ids[0]), leader.range.lowerBound)
        }
        // "its brutal attacks": the possessive pronoun before the noun's modifiers.
        let modified = modifiersSkipped(before: index, work)
        var end = work.token(modified - 1, isIn: .possessives, lexicon: lexicon) ? modified : index
        if end >= 1, work.token(end - 1, isIn: .possessives, lexicon: lexicon) {
            let pronoun = work.sentence.text(of: end - 1).lowercased()
            let fits = { (actor: Actor) in
                let person = context.kind(actor.ids[0]) == .person
                return pronoun == "its" ? !person : pronoun == "his" || pronoun == "her" ? person : true
            }
            // "since Russia launched its full-scale invasion": the verb that holds the event tells its holder; a gerund's is its clause's subject.
            if work.token(end - 2, isIn: .eventVerbs, lexicon: lexicon) {
                return gerundsSubject(at: end - 2, work, fits: fits).map { (context.actingEntity($0.ids[0]), $0.range.lowerBound) }
            }
            // "sanctions targeting Russia's energy sector over its war": the state punished for it.
            let cause = end >= 2 && work.sentence.text(of: end - 2).lowercased() == "over"
            let punished = cause ? work.actors.last { $0.range.upperBound < end - 1 && context.kind(context.actingEntity($0.ids[0])) == .state }
                .flatMap { work.hasClauseBreak($0.range.upperBound..<(end - 2)) ? nil : $0 } : nil
            // "to pressure Moscow to end its war": the actor the infinitive is asked of.
            let asked = end >= 4 && work.token(end - 3, is: lexicon.keywords.toEnglish)
                ? work.actors.last { $0.range.upperBound == end - 3 && fits($0) } : nil
            if let owner = punished ?? asked ?? work.actors.first(where: { $0.range.upperBound < end && fits($0) }) {
                return (context.actingEntity(owner.ids[0]), owner.range.lowerBound)
            }
        }
        end = modifiersSkipped(before: end, work)
        let possessive = work.possessiveLength(before: end)
        end -= possessive ?? 0
        guard let position = work.spans.lastIndex(where: { $0.range.upperBound == end }) else { return nil }
        let span = work.spans[position]
        switch span.value {
        case .nisba(let state): return (state, span.range.lowerBound)
        case .entity(let id) where context.kind(id) != .place: return (id, span.range.lowerBound)
        case .entity(let id) where possessive != nil && context.actingEntity(id) != id: return (context.actingEntity(id), span.range.lowerBound)
        default: return nil
        }
    }

    /// An English event word's agent with the states joined to it before by "and" or commas,
    /// by name or nisba ("Israeli and US strikes", "British, French and US jets"), and where
    /// they start.
    func agentsJoined(before agent: (id: String, start: Int), _ work: SentenceWork, context: DocumentContext) -> (ids: [String], start: Int) {
        var ids = [agent.id], start = agent.start
        while start >= 2, work.token(start - 1, is: lexicon.keywords.and) || work.tokens[start - 1].mark == ",",
              let span = work.span(endingAt: start - 1) {
            switch span.value {
            case .nisba(let state): ids.insert(state, at: 0)
            case .entity(let id) where context.kind(id) == .state: ids.insert(id, at: 0)
            default: return (ids, start)
            }
            start = span.range.lowerBound
        }
        return (ids, start)
    }

    /// The holders of an English joint event word after "their" / "its" (up to four qualifying
    /// words between, a hyphened compound one word: "their joint Zapad-2025 military exercises"):
    /// two or more actors that open the clause the possessive stands in, after a comma or a
    /// clause opener ("..., as Russia and Belarus wrapped up their exercises"), else two or more
    /// joined by "and" right before the verb before the possessive ("Poland closed the border as
    /// Russia and Belarus began their drills"), else an actor standing for two or more up to
    /// three words before the possessive ("the two countries would restore their partnership"),
    /// else, after a plural possessive (list `plural_possessives`: "their"), the last two or more
    /// joined earlier in the sentence ("Lavrov and his Chinese counterpart Wang Yi agreed ..., the
    /// ministry said after their talks"), else the one actor opening the clause; nil when none
    /// stands there.
    func possessiveClauseOwners(of trigger: Span, _ work: SentenceWork, context: DocumentContext) -> (ids: [String], start: Int)? {
        let start = trigger.range.lowerBound
        var cursor = start - 1, words = 0
        while cursor >= 1, words <= 4, !work.token(cursor, isIn: .possessives, lexicon: lexicon) {
            cursor -= PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, cursor - 1) ? 3 : 1
            words += 1
        }
        guard start >= 2, cursor >= 1, work.token(cursor, isIn: .possessives, lexicon: lexicon) else { return nil }
        let possessive = cursor
        guard !work.hasClauseBreak(possessive..<start), !work.actors.contains(where: { (possessive..<start).contains($0.range.lowerBound) })
        else { return nil }
        let opening = (0..<possessive).last(where: { work.isClauseBreak($0) || work.opensClause($0) }).flatMap { boundary in
            work.actors.first(where: { $0.range.lowerBound > boundary && $0.range.upperBound <= possessive })
        }.map { (work.coordinated(from: $0, keywords: lexicon.keywords).ids, $0.range.lowerBound) }
        if let opening, opening.0.count >= 2 { return opening }
        if let pair = work.actor(endingBefore: possessive, gap: 3), pair.ids.count >= 2,
           !work.hasClauseBreak(pair.range.upperBound..<possessive) {
            return (pair.ids, pair.range.lowerBound)
        }
        if let subject = work.actor(endingBefore: possessive, gap: 1) {
            let list = work.coordinatedBefore(subject, keywords: lexicon.keywords, kind: context.kind)
            if list.ids.count >= 2 { return (list.ids, list.start) }
        }
        if work.token(possessive, isIn: .pluralPossessives, lexicon: lexicon), opening.map({ $0.0.count < 2 }) ?? true,
           let plural = work.actors.last(where: { $0.range.upperBound <= possessive && work.coordinatedBefore($0, keywords: lexicon.keywords, kind: context.kind).ids.count >= 2 }) {
            let list = work.coordinatedBefore(plural, keywords: lexicon.keywords, kind: context.kind)
            return (list.ids, list.start)
        }
        return opening
    }

    /// Where the words that qualify an English event noun start: up to two lower-case words or
    /// years after a possessive ("Russia's brutal invasion", "its brutal attacks", "Azerbaijan's
    /// 2023 offensive"), or hyphened compounds ("Russian full-scale invasion", "Russia's
    /// full-scale invasion"); `index` when there are none.
    private func modifiersSkipped(before index: Int, _ work: SentenceWork) -> Int {
        var start = index, words = 0
        while words < 2, start >= 3, work.possessiveLength(before: start) == nil {
            if PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, start - 2) {
                start -= 3
            } else if (1900...2100).contains(work.tokens[start - 1].number) {
                start -= 1
            } else if work.tokens[start - 1].isWord, work.sentence.text(of: start - 1).first.map({ $0.isASCII && $0.isLowercase }) == true,
                      !lexicon.isAnyFunctionWord(work.tokens[start - 1].word), work.spans.allSatisfy({ !$0.range.contains(start - 1) }) {
                start -= 1
            } else {
                break
            }
            words += 1
        }
        if work.possessiveLength(before: start) != nil || work.token(start - 1, isIn: .possessives, lexicon: lexicon) { return start }
        return (start..<index).contains { PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, $0) } && start == index - 3 ? start : index
    }

    /// An event noun that the actor before it suffers ("وتعرضت مدينة خاركيف لقصف روسي", "Kharkiv
    /// came under Russian attack", "Kyiv hit by massive Russian drone attack"): that actor is its
    /// object and the state named by a nisba or a name next to the noun (after it in Arabic, one
    /// adjective or من allowed between: "واجهت الحكومة انتقادات من فرنسا"; before it in English)
    /// its agent; in Arabic a nil agent when none is named there ("يواجه باشينيان انتقادات حادة من
    /// المعارضة": the one who suffers it does not do it either). An Arabic participle with the
    /// article suffers it for the actor before it ("بول ميل، الخاضع لعقوبات أميركية"). The verb
    /// stands at most six tokens before the noun, ten when the noun is joined by و to an object
    /// before it.
    func sufferedEvent(_ trigger: Span, _ work: SentenceWork, context: DocumentContext) -> (agent: String?, patient: Actor, end: Int)? {
        let start = trigger.range.lowerBound, end = trigger.range.upperBound
        let reach = trigger.clitic == "و" ? 10 : 6 // "وتواجه الكاميرون تمردا انفصاليا في المناطق الناطقة بالإنجليزية وهجمات لجماعة"
        guard let marker = (max(0, start - reach)..<start).last(where: { work.token($0, isIn: .subjectedMarkers, lexicon: lexicon) }),
              !work.hasClauseBreak(marker..<start) else { return nil }
        if isEnglish(trigger, work) {
            guard let patient = work.actor(endingBefore: marker, gap: 1),
                  let nisba = work.spans.first(where: { $0.range.lowerBound > marker && $0.range.upperBound <= start && $0.value.isNisba }),
                  case .nisba(let state) = nisba.value else { return nil }
            return (state, patient, end)
        }
        // "بول ميل، الخاضع لعقوبات أميركية": a participle with the article describes the actor before it.
        let described = work.sentence.document.startsWithArticle(work.tokens[marker]) ? work.actor(endingBefore: marker, gap: 1) : nil
        guard let patient = work.actors.first(where: { $0.range.lowerBound > marker && $0.range.upperBound <= start }) ?? described else { return nil }
        let isNisba = { (index: Int) -> String? in
            guard let position = work.spanIndex(startingAt: index), case .nisba(let state) = work.spans[position].value else { return nil }
            return state
        }
        for index in [end, end + 1] where index < work.tokens.count {
            if let state = isNisba(index) { return (state, patient, index + 1) }
            if let actor = work.firstActor(in: index..<(index + 1)) { return (context.actingEntity(actor.ids[0]), patient, actor.range.upperBound) }
            guard work.tokens[index].isWord, work.spanIndex(startingAt: index) == nil || work.token(index, isOneOf: lexicon.keywords.origin) else { break }
        }
        return (nil, patient, end) // "يواجه باشينيان انتقادات حادة من المعارضة": suffered, its doer unnamed
    }

    /// An Arabic event word without the article in construct with a state or place and a nisba
    /// of another state after it ("قصف خاركيف الروسي", "غزو أوكرانيا الروسي", "بدعم أوكرانيا
    /// الأمريكي"): the named one is what the event acts on, the nisba's state its agent — the
    /// nisba qualifies the event word, not the name, and is no object of a verb.
    func constructEvent(_ trigger: Span, _ work: SentenceWork, context: DocumentContext) -> (agent: String, patient: Actor, end: Int)? {
        let end = trigger.range.upperBound
        guard let patient = work.actors.first(where: { $0.range.lowerBound == end }), patient.source == .name, patient.clitic.isEmpty,
              let position = work.spanIndex(startingAt: patient.range.upperBound), case .nisba(let agent) = work.spans[position].value,
              work.spans[position].clitic.isEmpty, patient.ids.count == 1, [.state, .place].contains(context.kind(patient.ids[0])),
              agent != context.state(of: patient.ids[0]), !isEnglish(trigger, work), !trigger.clitic.hasSuffix("ال"), trigger.clitic != "لل",
              !NameFolding.fold(work.text(trigger.range)).dropFirst(trigger.clitic.count).hasPrefix("ال") else { return nil }
        return (agent, patient, work.spans[position].range.upperBound)
    }
}
