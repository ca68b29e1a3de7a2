import EntityGraph

/// Relations read from event words (verbs and nouns) with subject and object slots, as the
/// frames of `frames.json` describe them: meetings, requests, deployments, criticism, threats,
/// attacks, sanctions, support, membership, cooperation, alliance, accusation.
struct FramePatterns {
    let lexicon: Lexicon
    /// How far (in tokens) a subject or object may be from its trigger.
    private let reach = 8

    func apply(_ work: inout SentenceWork, context: DocumentContext) {
        var previousFrame: (Int, Int)?
        for span in work.spans {
            let frameIndex: Int, nominal: Bool
            switch span.value {
            case .trigger(let index): (frameIndex, nominal) = (index, false)
            case .nominalTrigger(let index): (frameIndex, nominal) = (index, true)
            default: continue
            }
            defer { previousFrame = (frameIndex, span.range.upperBound) }
            if let previous = previousFrame, previous.0 == frameIndex, previous.1 == span.range.lowerBound { continue }
            if isNegated(span, work) || isRefused(span, work) || isPassive(span, work) || work.complements.contains(span.range.lowerBound) {
                continue
            }
            apply(frameIndex, trigger: span, nominal: nominal, &work, context: context)
        }
    }

    /// The subject found for a trigger: the entities, the tokens they span, and whether the
    /// trigger is an English passive (the subject is then the agent after "by").
    private struct Subject {
        var ids: [String] = []
        var start: Int
        var end: Int
        var passive = false
    }

    /// Finds the subject of a trigger, trying in turn: states listed right after a plural
    /// noun, the owner of a possessive trigger, the speaker, the enumeration, a nominal's agent, English word order, a participle's
    /// main subject, the actor just before (SVO), the actor a noun is in apposition to, the
    /// sentence's subject for a predicate noun
    /// ("تعد بيلاروسيا، ...، جزءا من"), the main subject of a continued clause, the actor just
    /// after (VSO, with coordination).
    private func subject(of frame: LexiconFiles.Frame, trigger: Span, nominal: Bool, _ work: SentenceWork,
                         context: DocumentContext) -> Subject? {
        let end = trigger.range.upperBound
        var found = Subject(start: trigger.range.lowerBound, end: end)
        let following = statesRight(after: end, work, context: context)
        if frame.plural_subject == true, following.ids.count >= 2 {
            found.ids = following.ids
            found.end = following.end
        } else if frame.possessor_subject == true {
            let main = work.actors.first { $0.range.upperBound <= trigger.range.lowerBound }
            guard let owner = main?.ids.first ?? context.lastPerson() else { return nil }
            found.ids = [owner]
            found.start = main?.range.lowerBound ?? found.start
        } else if frame.speaker == true {
            guard let speaker = context.speaker else { return nil }
            found.ids = [speaker]
        } else if frame.list_subject == true, !work.enumeration.isEmpty {
            found.ids = work.enumeration
        } else if nominal {
            if isEnglish(trigger, work) {
                guard let agent = agent(before: trigger.range.lowerBound, work, context: context) else { return nil }
                found.ids = [agent.id]
                found.start = agent.start
            } else {
                guard let agent = agent(after: end, work, context: context) else { return nil }
                found.ids = [agent.id]
                found.end = agent.end
            }
        } else if isEnglish(trigger, work) {
            if work.token(end, is: lexicon.keywords.by), let agent = work.firstActor(in: (end + 1)..<(end + 4)) {
                let list = work.coordinated(from: agent, keywords: lexicon.keywords)
                found.ids = list.ids
                found.end = list.end
                found.passive = true
            } else {
                let main = work.actors.first { $0.range.upperBound <= trigger.range.lowerBound }
                    .flatMap { separated($0, from: trigger, work, byEvents: false) ? nil : $0 }
                let before = work.actor(endingBefore: trigger.range.lowerBound, gap: 4)
                    .flatMap { separated($0, from: trigger, work, byEvents: true) ? nil : $0 }
                guard let subject = continuesClause(trigger, work) ? main : (before ?? main) else { return nil }
                let list = work.coordinatedBefore(subject, keywords: lexicon.keywords)
                found.ids = list.ids
                found.start = list.start
            }
        } else if let main = work.actors.first, trigger.range.lowerBound > 0,
                  [",", "،"].contains(work.tokens[trigger.range.lowerBound - 1].mark), isParticiple(trigger, work),
                  main.range.upperBound <= trigger.range.lowerBound {
            found.ids = main.ids
            found.start = main.range.lowerBound
        } else if let before = work.actor(endingBefore: trigger.range.lowerBound, gap: 2),
                  !work.hasClauseBreak(before.range.upperBound..<trigger.range.lowerBound),
                  frame.predicate_noun == true || !isPrepositional(before, work) {
            let list = work.coordinatedBefore(before, keywords: lexicon.keywords)
            found.ids = list.ids
            found.start = list.start
        } else if isAppositive(trigger, work), let noun = appositionHead(before: trigger.range.lowerBound - 1, work) {
            found.ids = noun.ids
            found.start = noun.range.lowerBound
        } else if frame.predicate_noun == true, trigger.clitic.isEmpty, let main = work.actors.first,
                  main.range.upperBound <= trigger.range.lowerBound, !isPrepositional(main, work) {
            let list = work.coordinated(from: main, keywords: lexicon.keywords)
            found.ids = list.ids
            found.start = main.range.lowerBound
        } else if continuesClause(trigger, work),
                  work.firstActor(in: end..<(end + 2)).map({ isObjectWithComplement($0, frame, work) }) ?? true
                    || agreesWithDroppedSubject(trigger, work),
                  let main = work.actors.first, main.range.upperBound <= trigger.range.lowerBound {
            let list = work.coordinated(from: main, keywords: lexicon.keywords)
            found.ids = list.ids
            found.start = main.range.lowerBound
        } else if let after = work.firstActor(in: end..<(end + 3)) {
            let list = work.coordinated(from: after, keywords: lexicon.keywords)
            found.ids = list.ids
            found.end = list.end
        }
        found.ids = found.ids.map(context.actingEntity)
        return found.ids.isEmpty ? nil : found
    }

    private func apply(_ frameIndex: Int, trigger: Span, nominal: Bool, _ work: inout SentenceWork,
                       context: DocumentContext) {
        let frame = lexicon.frame(frameIndex)
        let type = RelationType(frame.type)
        let symmetric = RelationVocabulary.core.isSymmetric(type)
        let end = trigger.range.upperBound
        guard let subject = subject(of: frame, trigger: trigger, nominal: nominal, work, context: context) else { return }
        let subjects = subject.ids
        let subjectEnd = subject.end
        var subjectStart = subject.start
        let passive = subject.passive

        var objects: [String] = []
        var objectEnd = subjectEnd
        let kinds = lexicon.frameObjectKinds[frameIndex]
        let ownStates = subjects.compactMap { context.state(of: $0) }
        let snapshot = work
        let fits: (Actor) -> Bool = { actor in
            let placeAllowed = kinds?.contains(.place) == true
            if !placeAllowed && context.kind(actor.ids[0]) == .place && self.isLocative(actor, snapshot) { return false }
            let id = placeAllowed ? actor.ids[0] : context.actingEntity(actor.ids[0])
            let servesSubject = context.kind(id) == .person && context.state(of: id).map(subjects.contains) == true
            return !subjects.contains(id) && !ownStates.contains(id) && !servesSubject && (kinds?.contains(context.kind(id)) ?? true)
        }
        let searchFrom = max(end, subjectEnd)
        let pronounObject = work.token(end, isIn: .pronounObjects, lexicon: lexicon)
        if pronounObject && frame.object_fallback == nil { return }
        var found: Actor?
        switch frame.object {
        case _ where pronounObject, _ where frame.plural_subject == true && symmetric && subjects.count >= 2:
            found = nil
        case _ where passive:
            found = work.actors.last { $0.range.upperBound <= trigger.range.lowerBound
                && !work.hasClauseBreak($0.range.upperBound..<trigger.range.lowerBound) && fits($0) }
        case "before":
            found = work.actors.last { $0.range.upperBound <= trigger.range.lowerBound
                && trigger.range.lowerBound - $0.range.upperBound <= 3 && fits($0) }
        case "direct":
            found = isObjectSlotFilled(at: searchFrom, work) ? nil : work.actors.first {
                $0.range.lowerBound >= searchFrom && $0.range.lowerBound - searchFrom <= reach
                    && !work.hasClauseBreak(searchFrom..<$0.range.lowerBound) && fits($0)
            }
            found = found ?? prepositionalObject(frameIndex, from: searchFrom, triggerEnd: end, work, fits: fits)
            if !(symmetric && subjects.count >= 2), let nisba = nisbaObject(from: searchFrom, work), fits(nisba),
               nisba.range.lowerBound < (found?.range.lowerBound ?? Int.max) {
                found = nisba
            }
        default:
            found = prepositionalObject(frameIndex, from: searchFrom, triggerEnd: end, work, fits: fits)
        }
        if found == nil, frame.object_fallback == "previous" {
            found = work.actors.last { $0.range.upperBound <= subjectStart && fits($0) }
        }
        if let found {
            if isObjectWithComplement(found, frame, work) { work.complements.insert(found.range.upperBound) }
            let list = work.coordinated(from: found, keywords: lexicon.keywords)
            let others = work.actors.filter { $0.range.lowerBound >= found.range.upperBound && $0.range.upperBound <= list.end && fits($0) }
            objects = (found.ids + others.flatMap(\.ids)).map { kinds?.contains(.place) == true ? $0 : context.actingEntity($0) }
            objectEnd = max(objectEnd, others.isEmpty ? found.range.upperBound : list.end)
            subjectStart = min(subjectStart, found.range.lowerBound)
        }

        var attributes: [String: String] = [:]
        if type == .metWith, let place = Self.meetingPlace(after: objectEnd, in: work, context: context, lexicon: lexicon) {
            attributes["place"] = place
        }
        if RelationVocabulary.core.types[type]?.cameoRoot != nil, let date = work.date { attributes["date"] = date }
        if work.token(trigger.range.lowerBound, isIn: .futureMarkers, lexicon: lexicon)
            || work.token(trigger.range.lowerBound - 1, isIn: .futureMarkers, lexicon: lexicon)
            || isArabicFuture(trigger, work) || (frame.predicate_noun != true && isPurpose(trigger, work)) {
            attributes["modality"] = "planned"
        } else if isDenied(trigger, work) {
            attributes["modality"] = "denied"
        } else if work.spans.contains(where: { $0.value == .function("report_markers") }) {
            attributes["modality"] = "reported"
        }
        if type == .attacks || type == .requests || type == .deploysTo {
            attributes["what"] = what(after: trigger, upTo: objectEnd, work, nominal: nominal)
        }
        attributes = attributes.filter { !$0.value.isEmpty }

        let lower = min(subjectStart, trigger.range.lowerBound)
        let upper = max(objectEnd, subjectEnd, end) - 1
        let distance = max(0, upper - lower - 4)
        let confidence = max(0.3, (frame.speaker == true ? 0.6 : 0.75) - 0.02 * Double(distance))
        let pairs: [(String, String)]
        if objects.isEmpty {
            guard symmetric, subjects.count >= 2 else { return }
            pairs = subjects.indices.flatMap { i in subjects[(i + 1)...].map { (subjects[i], $0) } }
        } else {
            pairs = subjects.flatMap { subject in objects.map { (subject, $0) } }
        }
        for (source, target) in pairs {
            context.emit(source, type, target, attributes: attributes, sentence: work.sentence, tokens: lower...upper,
                         rule: "frame:\(frame.name)", confidence: confidence)
        }
        if subjects.count >= 2 { work.enumeration = subjects }
    }

    /// Whether an actor is the object of a preposition (a separate word or a proclitic ب/ل/ك),
    /// and so cannot be the subject of the next verb ("بحث مع أردوغان نشر ...").
    private func isPrepositional(_ actor: Actor, _ work: SentenceWork) -> Bool {
        if ["ب", "ل", "ك"].contains(where: { ArabicClitics.endsWithPreposition(actor.clitic, $0) }) { return true }
        let previous = actor.range.lowerBound - 1
        guard previous >= 0 else { return false }
        return work.token(previous, isOneOf: lexicon.keywords.prepositions)
    }

    /// Whether a place is introduced as a location ("في بكين", "بموسكو", "in Beijing").
    private func isLocative(_ actor: Actor, _ work: SentenceWork) -> Bool {
        ArabicClitics.endsWithPreposition(actor.clitic, "ب") || work.token(actor.range.lowerBound - 1, isOneOf: lexicon.keywords.locative)
    }

    /// Whether the trigger is an Arabic active participle in the accusative, masculine or
    /// feminine (مستنكراً, متهمة): a circumstantial clause whose subject is the sentence's main
    /// subject.
    private func isParticiple(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let word = NameFolding.fold(work.sentence.text(of: trigger.range.lowerBound)).dropFirst(trigger.clitic.count)
        return word.count >= 4 && word.hasPrefix("م") && (word.hasSuffix("ا") || word.hasSuffix("ه"))
    }

    /// Whether the direct object right after the verb and its subject is a definite Arabic noun
    /// that names no one ("دعت المفوضية الدول الأعضاء إلى التضامن مع بولندا"): the actors
    /// further on are then not the object.
    private func isObjectSlotFilled(at index: Int, _ work: SentenceWork) -> Bool {
        guard index < work.tokens.count, work.tokens[index].isWord, work.spanIndex(startingAt: index) == nil,
              work.sentence.document.isArabic(work.tokens[index]),
              !lexicon.isFunctionWord(work.tokens[index].word, list: .stopwords) else { return false }
        return NameFolding.fold(work.sentence.text(of: index)).hasPrefix("ال")
    }

    /// Whether the trigger is a definite Arabic noun right after a comma, in apposition to the
    /// actor before the comma ("أرمينيا، العضو في ...", "بيلاروسيا، الحليف الأقرب لموسكو"): the
    /// article and a trigger of the same frame (so that a verb such as "التقى" is not one).
    private func isAppositive(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        guard trigger.clitic.isEmpty, start >= 1, work.tokens[start - 1].mark == "،" else { return false }
        let word = NameFolding.fold(work.sentence.text(of: start))
        guard word.hasPrefix("ال"), let rest = lexicon.words.id(String(word.dropFirst(2))) else { return false }
        switch lexicon.phrases.value(exactly: [rest]) {
        case .trigger(let frame)?, .nominalTrigger(let frame)?: return trigger.value == .trigger(frame) || trigger.value == .nominalTrigger(frame)
        default: return false
        }
    }

    /// The actor a noun after the comma at `comma` is in apposition to: the actor right before
    /// the comma, or, when that actor closes an earlier apposition ("أرمينيا، العضو في المنظمة،
    /// الحليف ..."), the actor that one describes.
    private func appositionHead(before comma: Int, _ work: SentenceWork) -> Actor? {
        guard var head = work.actor(endingBefore: comma, gap: 0) else { return nil }
        while let earlierComma = (0..<head.range.lowerBound).last(where: { work.tokens[$0].mark == "،" }),
              earlierComma + 1 < work.tokens.count, work.tokens[earlierComma + 1].isWord,
              NameFolding.fold(work.sentence.text(of: earlierComma + 1)).hasPrefix("ال"),
              let outer = work.actor(endingBefore: earlierComma, gap: 0) {
            head = outer
        }
        return head
    }

    /// Whether an Arabic verb carries a dual or plural subject ending ("ودعتا", "ووقعوا"): its
    /// subject is then the one already named, and the noun after it is the object.
    private func agreesWithDroppedSubject(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let word = NameFolding.fold(work.sentence.text(of: trigger.range.lowerBound)).dropFirst(trigger.clitic.count)
        return word.count >= 4 && (word.hasSuffix("تا") || word.hasSuffix("وا"))
    }

    /// Whether an actor is followed by the frame's complement: a word of four letters or more
    /// starting with its proclitic, naming no one and not a stopword ("الدول الغربية بتزويد",
    /// "بفرض عقوبات").
    private func isObjectWithComplement(_ actor: Actor, _ frame: LexiconFiles.Frame, _ work: SentenceWork) -> Bool {
        let next = actor.range.upperBound
        guard let clitic = frame.complement_clitic, next < work.tokens.count, work.tokens[next].isWord else { return false }
        if let span = work.spanIndex(startingAt: next) {
            switch work.spans[span].value {
            case .trigger, .nominalTrigger, .function: break
            default: return false
            }
        }
        let word = NameFolding.fold(work.sentence.text(of: next))
        return word.count >= 4 && word.hasPrefix(clitic) && !lexicon.isFunctionWord(work.tokens[next].word, list: .stopwords)
    }

    /// Whether an Arabic verb carries the future prefix س before a present-tense prefix and the
    /// rest is a trigger of the same frame ("ستزود", "سيزور").
    private func isArabicFuture(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let written = work.sentence.text(of: trigger.range.lowerBound)
        guard written.unicodeScalars.dropFirst(trigger.clitic.count).first == "س" else { return false }
        let word = NameFolding.fold(written).dropFirst(trigger.clitic.count)
        guard word.count >= 4, word.hasPrefix("س"), let tense = word.dropFirst().first, "يتنا".contains(tense),
              let rest = lexicon.words.id(String(word.dropFirst())) else { return false }
        return lexicon.phrases.value(exactly: [rest]) == trigger.value
    }

    /// Whether a verb of denial governs the trigger ("نفت موسكو أن تكون قواتها قد استهدفت ...",
    /// "Moscow denied its forces attacked ...").
    private func isDenied(_ trigger: Span, _ work: SentenceWork) -> Bool {
        isGoverned(trigger, by: .denials, work)
    }

    /// Whether a verb of refusal governs the trigger: the event did not happen ("رفض بوتين لقاء
    /// زيلينسكي", "Warsaw ruled out sending troops").
    private func isRefused(_ trigger: Span, _ work: SentenceWork) -> Bool {
        isGoverned(trigger, by: .refusals, work)
    }

    /// Whether a word of `list` stands before the trigger in the same clause.
    private func isGoverned(_ trigger: Span, by list: FunctionList, _ work: SentenceWork) -> Bool {
        guard let word = (0..<trigger.range.lowerBound).last(where: { work.token($0, isIn: list, lexicon: lexicon) }) else {
            return false
        }
        return !work.hasClauseBreak((word + 1)..<trigger.range.lowerBound)
    }

    /// Whether the trigger names an aim rather than a deed: "إلى فرض عقوبات", "لفرض", "to impose".
    private func isPurpose(_ trigger: Span, _ work: SentenceWork) -> Bool {
        trigger.clitic.hasSuffix("ل") || work.token(trigger.range.lowerBound - 1, is: lexicon.keywords.to)
            || work.token(trigger.range.lowerBound - 1, is: lexicon.keywords.toEnglish)
    }

    /// Whether an English subject candidate is cut off from the trigger by a clause opener
    /// ("... hours after Russian drones struck") or, with `byEvents`, by another event word
    /// ("Moscow and asked European allies"; the main subject of "X accused ... and asked" is not).
    private func separated(_ actor: Actor, from trigger: Span, _ work: SentenceWork, byEvents: Bool) -> Bool {
        let between = actor.range.upperBound..<trigger.range.lowerBound
        return between.contains { work.token($0, isIn: .clauseOpeners, lexicon: lexicon) }
            || byEvents && work.spans.contains { span in
                guard between.contains(span.range.lowerBound) else { return false }
                switch span.value {
                case .trigger, .nominalTrigger: return true
                default: return false
                }
            }
    }

    /// Whether the trigger is an English word (subject before the verb, object after).
    private func isEnglish(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let token = work.tokens[trigger.range.lowerBound]
        return token.utf8End - token.utf8Start == token.end - token.start
    }

    /// Whether a verb continues a clause with its subject dropped: "، وطالب", "and asked".
    private func continuesClause(_ trigger: Span, _ work: SentenceWork) -> Bool {
        trigger.clitic == "و" || trigger.clitic == "ف" || work.token(trigger.range.lowerBound - 1, is: lexicon.keywords.and)
    }

    /// A state named only by a nisba after the trigger ("انتقد ... الخطوة الروسية"), as an actor.
    private func nisbaObject(from index: Int, _ work: SentenceWork) -> Actor? {
        for (position, span) in work.spans.enumerated() where span.range.lowerBound >= index
            && span.range.lowerBound - index <= 4 && !work.consumed.contains(position) {
            if case .nisba(let state) = span.value {
                return Actor(ids: [state], range: span.range, clitic: span.clitic, source: .anaphora)
            }
        }
        return nil
    }

    /// Whether the trigger verb is written vocalised as a passive (a damma on its first letter,
    /// "طُلب"): its grammatical subject is then the patient, not the agent.
    private func isPassive(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let scalars = Array(work.sentence.text(of: trigger.range.lowerBound).unicodeScalars)
        let start = trigger.clitic.count
        return scalars.count > start + 1 && scalars[start + 1] == "\u{064F}"
    }

    /// Whether a negation stands in the two words before the trigger.
    private func isNegated(_ trigger: Span, _ work: SentenceWork) -> Bool {
        var index = trigger.range.lowerBound - 1
        var words = 0
        while index >= 0, words < 2 {
            if work.isClauseBreak(index) { return false }
            if work.tokens[index].isWord {
                if work.token(index, isIn: .negations, lexicon: lexicon) { return true }
                words += 1
            }
            index -= 1
        }
        return false
    }

    /// Two or more states written right after a noun ("بيانا روسيا صينيا مشتركا", "محادثات
    /// روسية - أميركية"), by name or nisba.
    private func statesRight(after index: Int, _ work: SentenceWork, context: DocumentContext) -> (ids: [String], end: Int) {
        var ids: [String] = []
        var cursor = index
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

    /// The agent of an event noun: a person named with a title, a nisba or a named actor right
    /// after it ("زيارة رئيس الوزراء الهندي ناريندرا مودي", "الغزو الروسي").
    private func agent(after index: Int, _ work: SentenceWork, context: DocumentContext) -> (id: String, end: Int)? {
        if let actor = work.actors.first(where: { $0.range.lowerBound == index }), actor.clitic.isEmpty,
           context.kind(actor.ids[0]) == .person {
            return (actor.ids[0], actor.range.upperBound)
        }
        guard let position = work.spanIndex(startingAt: index) else { return nil }
        let span = work.spans[position]
        switch span.value {
        case .nisba(let state): return (state, span.range.upperBound)
        case .entity(let id) where span.clitic.isEmpty && context.kind(id) != .place: return (id, span.range.upperBound)
        default: return nil
        }
    }

    /// The agent of an English event noun, written before it: "Russia's invasion", "the Russian
    /// invasion", or with a possessive pronoun the sentence's first actor ("Russia used ... its
    /// invasion", "Moscow massed troops in Belarus before its invasion").
    private func agent(before index: Int, _ work: SentenceWork, context: DocumentContext) -> (id: String, start: Int)? {
        var end = index
        if end >= 1, work.token(end - 1, isIn: .possessives, lexicon: lexicon),
           let owner = work.actors.first, owner.range.upperBound < end {
            return (context.actingEntity(owner.ids[0]), owner.range.lowerBound)
        }
        if end >= 2, work.sentence.text(of: end - 1) == "s", work.tokens[end - 2].mark == "'" { end -= 2 }
        guard let position = work.spans.lastIndex(where: { $0.range.upperBound == end }) else { return nil }
        let span = work.spans[position]
        switch span.value {
        case .nisba(let state): return (state, span.range.lowerBound)
        case .entity(let id) where context.kind(id) != .place: return (id, span.range.lowerBound)
        default: return nil
        }
    }

    /// The first actor after `index` introduced by one of the frame's prepositions (a separate
    /// word up to three tokens before it, the trigger's own last word included — "sanctions on" —
    /// or a one-letter proclitic on it).
    private func prepositionalObject(_ frameIndex: Int, from index: Int, triggerEnd: Int, _ work: SentenceWork,
                                     fits: (Actor) -> Bool) -> Actor? {
        let letters = lexicon.frame(frameIndex).preps.filter { $0.count == 1 }
        let words = lexicon.framePrepositions[frameIndex]
        var lastActorEnd = index == triggerEnd ? index - 1 : index
        for actor in work.actors where actor.range.lowerBound >= index && actor.range.lowerBound - index <= reach + 4 {
            if work.hasClauseBreak(index..<actor.range.lowerBound) { break }
            defer { lastActorEnd = actor.range.upperBound }
            guard fits(actor) else { continue }
            if letters.contains(where: { ArabicClitics.endsWithPreposition(actor.clitic, $0) }) { return actor }
            let window = max(lastActorEnd, actor.range.lowerBound - 3)..<actor.range.lowerBound
            if window.contains(where: { words.contains(work.tokens[$0].word) }) { return actor }
        }
        return nil
    }

    /// Where a meeting took place: the first place or organisation after `index` introduced by في or ب.
    static func meetingPlace(after index: Int, in work: SentenceWork, context: DocumentContext, lexicon: Lexicon) -> String? {
        for actor in work.actors where actor.range.lowerBound >= index {
            let id = actor.ids[0]
            guard [.place, .organization].contains(context.kind(id)) else { continue }
            let window = max(index, actor.range.lowerBound - 4)..<actor.range.lowerBound
            if ArabicClitics.endsWithPreposition(actor.clitic, "ب") || window.contains(where: { work.token($0, isOneOf: lexicon.keywords.locative) }) {
                return id
            }
        }
        return nil
    }

    /// What was requested, deployed or done: the words after the trigger up to the object.
    private func what(after trigger: Span, upTo end: Int, _ work: SentenceWork, nominal: Bool) -> String {
        if nominal { return work.sentence.text(of: trigger.range.lowerBound) }
        var words: [String] = []
        var index = trigger.range.upperBound
        while index < min(end, work.tokens.count), words.count < 4 {
            let token = work.tokens[index]
            if !token.isWord || work.actors.contains(where: { $0.range.contains(index) }) { break }
            if let span = work.spanIndex(startingAt: index), case .nisba = work.spans[span].value { break }
            if !lexicon.isFunctionWord(token.word, list: .stopwords) && !lexicon.keywords.phraseStops.contains(token.word) {
                words.append(work.sentence.text(of: index))
            } else if !words.isEmpty {
                break
            }
            index += 1
        }
        return words.joined(separator: " ")
    }
}
