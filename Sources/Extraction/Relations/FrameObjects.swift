import EntityGraph

/// Finding the object of an event word and what the event was about: direct and prepositional
/// objects, nisbas, the filled object slot, complements of requests, meeting places.
extension FramePatterns {
    /// Whether a place is introduced as a location ("في بكين", "بموسكو", "in Beijing").
    func isLocative(_ actor: Actor, _ work: SentenceWork) -> Bool {
        work.isLocative(actor, keywords: lexicon.keywords)
    }

    /// Whether the direct object right after the verb and its subject is an Arabic noun that
    /// names no one: definite ("دعت المفوضية الدول الأعضاء إلى التضامن مع بولندا") or written
    /// with the accusative tanween ("انتقد بنوداً في الخطة تمنح روسيا"), and no stopword, adverb
    /// ("مجدداً") or rank ("المشير خليفة حفتر"): the actors further on are then not the object;
    /// nor after "البلاد" right after the verb that stands for no one ("الذي يزور البلاد لإجراء
    /// محادثات ... بين البلدين").
    func isObjectSlotFilled(at index: Int, _ work: SentenceWork) -> Bool {
        if let span = work.spanIndex(startingAt: index), work.spans[span].value == .function("country_anaphora"),
           work.span(endingAt: index)?.isEventWord == true, !work.actors.contains(where: { $0.range.lowerBound == index }) { return true }
        guard index < work.tokens.count, work.tokens[index].isWord, work.spanIndex(startingAt: index) == nil,
              work.sentence.document.isArabic(work.tokens[index]),
              !lexicon.isFunctionWord(work.tokens[index].word, list: .stopwords),
              !work.token(index, isIn: .titleQualifiers, lexicon: lexicon) else { return false }
        let written = work.sentence.text(of: index)
        let folded = NameFolding.fold(written)
        return folded.hasPrefix("ال") || (written.unicodeScalars.last == "\u{064B}" && folded.count >= 4)
    }

    /// Where the frame's complement starts after its object: right after it or after the list it
    /// opens ("called on Morocco and Algeria to resume negotiations"), or after at most three
    /// words that an English nisba qualifies ("accused Serbian arms makers of supplying"); nil
    /// when none follows.
    func complementStart(after object: Actor, frame frameIndex: Int, _ work: SentenceWork) -> Int? {
        if let start = complementAfterObject(object, frame: frameIndex, work) { return start }
        guard let nisba = work.spanIndex(startingAt: object.range.lowerBound), work.spans[nisba].value.isNisba,
              work.spans[nisba].range == object.range else { return nil }
        var cursor = object.range.upperBound
        while cursor < work.tokens.count, cursor - object.range.upperBound < 3, work.tokens[cursor].isWord,
              work.spanIndex(startingAt: cursor) == nil, !lexicon.frameComplementWords[frameIndex].contains(work.tokens[cursor].word) { cursor += 1 }
        return cursor < work.tokens.count && lexicon.frameComplementWords[frameIndex].contains(work.tokens[cursor].word) ? cursor : nil
    }

    /// Whether an actor is followed by the frame's complement: one of its complement words ("حذرت
    /// موسكو الغرب من ...", "warned the West against ..."), an event word with its proclitic
    /// ("بشن هجوم"), or a word of four letters or more starting with its proclitic, naming no one
    /// and not a stopword ("الدول الغربية بتزويد", "بفرض عقوبات"), or the proclitic written apart.
    func isObjectWithComplement(_ actor: Actor, frame frameIndex: Int, _ work: SentenceWork) -> Bool {
        complementAfterObject(actor, frame: frameIndex, work) != nil
    }

    /// The token opening the complement that follows an actor, as `isObjectWithComplement` reads it.
    private func complementAfterObject(_ actor: Actor, frame frameIndex: Int, _ work: SentenceWork) -> Int? {
        // After a list: "واتهمت الولايات المتحدة وكوريا الجنوبية بتصعيد"; an adverb of `stopwords` between: "واتهمت إيران مرارا بدعم".
        let end = work.coordinated(from: actor, keywords: lexicon.keywords).end
        if opensComplement(at: end, frame: frameIndex, work) { return end }
        return end < work.tokens.count && lexicon.isFunctionWord(work.tokens[end].word, list: .stopwords)
            && opensComplement(at: end + 1, frame: frameIndex, work) ? end + 1 : nil
    }

    /// Whether token `next` opens the frame's complement, as `isObjectWithComplement` reads it.
    func opensComplement(at next: Int, frame frameIndex: Int, _ work: SentenceWork) -> Bool {
        guard next < work.tokens.count, work.tokens[next].isWord else { return false }
        if lexicon.frameComplementWords[frameIndex].contains(work.tokens[next].word) { return true }
        guard let clitic = lexicon.frames[frameIndex].complement_clitic else { return false }
        if let span = work.spanIndex(startingAt: next) {
            switch work.spans[span].value {
            case .trigger, .nominalTrigger: if work.spans[span].clitic == clitic { return true }
            case .function: break
            default: return false
            }
        }
        let word = NameFolding.fold(work.sentence.text(of: next))
        if word == clitic { return true } // written apart: "بـ«تأجيج الهستيريا»"
        return word.count >= 4 && word.hasPrefix(clitic) && !lexicon.isFunctionWord(work.tokens[next].word, list: .stopwords)
    }

    /// One of the frame's prepositions closing the event word before `end` ("attack on") or in the
    /// next three tokens: where the word names its target.
    func framePreposition(after end: Int, _ frameIndex: Int, _ work: SentenceWork) -> Int? {
        let prepositions = lexicon.framePrepositions[frameIndex]
        if end > 1, work.token(end - 1, isOneOf: prepositions) { return end - 1 }
        return (end..<min(end + 3, work.tokens.count)).first { work.token($0, isOneOf: prepositions) }
    }

    /// The state where the target of an attack lies, when the attack names a thing that is no
    /// actor and then its place ("هجوما على مصفاة نفط في ساراتوف", "an attack on an oil refinery
    /// in Saratov", with a direct object "struck a power plant in Kharkiv"): the state the lexicon
    /// puts the place in, with the place itself, or the state named there; none when no such
    /// thing is named before the place ("العمليات العسكرية الإسرائيلية في غزة" says where, not
    /// what). A state named there is the target itself ("العملية العسكرية الروسية في أوكرانيا").
    func locatedTarget(after index: Int, _ frameIndex: Int, direct: Bool, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        guard let preposition = framePreposition(after: index, frameIndex, work) ?? (direct && index > 0 ? index - 1 : nil),
              preposition + 1 < work.tokens.count, work.firstActor(in: (preposition + 1)..<(preposition + 2)) == nil,
              let place = work.actors.first(where: { place in // a compound adjective counts as one word ("Russian-occupied")
                  guard place.range.lowerBound > preposition + 1 else { return false }
                  let glued = (preposition..<place.range.lowerBound).filter { PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, $0) }.count
                  return place.range.lowerBound <= preposition + 6 + 2 * glued }),
              !work.hasClauseBreak(preposition..<place.range.lowerBound), isLocative(place, work) else { return nil }
        let id = place.ids[0]
        if context.kind(id) == .state { return place }
        let namesThing = ((preposition + 1)..<place.range.lowerBound).contains { index in
            work.tokens[index].isWord && !work.token(index, isOneOf: lexicon.keywords.locative)
                && work.spans.allSatisfy { !$0.range.contains(index) || $0.value == .function("venue_nouns") } // "مقر", a building
        }
        guard namesThing, let state = context.stateOfPlace(id) else { return nil }
        return Actor(ids: [state, id], range: place.range, clitic: place.clitic, source: .anaphora)
    }

    /// The tokens of "its own territory" ("على أراضيها", "on its territory") after the trigger, in
    /// its clause: what is deployed there is deployed in the subject's state.
    func ownTerritory(after end: Int, _ work: SentenceWork) -> Range<Int>? {
        work.spans.first { span in
            span.value == .function("own_territory") && span.range.lowerBound >= end && span.range.lowerBound - end <= 10
                && !work.hasClauseBreak(end..<span.range.lowerBound)
        }?.range
    }

    /// The state of the last nisba between `start` and `end` ("منظومة أوريشنيك الصاروخية الروسية
    /// على أراضيها": Russia's system), whose owner deploys it.
    func nisbaBefore(_ end: Int, from start: Int, _ work: SentenceWork) -> String? {
        for span in work.spans.reversed() where span.range.lowerBound >= start && span.range.upperBound <= end {
            if case .nisba(let state) = span.value { return state }
        }
        return nil
    }

    /// Whether a relative pronoun stands among the tokens of `range`: an actor after it belongs to
    /// the relative clause ("في إطار الحوار الذي يرعاه الاتحاد الأوروبي"), and is no partner of a
    /// meeting or agreement before it (the doer of a deed criticised may be named there).
    func opensRelativeClause(_ range: Range<Int>, _ work: SentenceWork) -> Bool {
        range.contains { work.token($0, isIn: .relativePronouns, lexicon: lexicon) }
    }

    /// The first actor after `index` introduced by one of the frame's prepositions (a separate
    /// word up to three tokens before it, the trigger's own last word included — "sanctions on" —
    /// or a one-letter proclitic on it); in English not past an event word of another relation
    /// ("agreed on the deployment during talks with Putin in Sochi": Sochi is where the talks
    /// were).
    func prepositionalObject(_ frameIndex: Int, from index: Int, triggerEnd: Int, _ work: SentenceWork,
                                     fits: (Actor) -> Bool) -> Actor? {
        let letters = lexicon.frame(frameIndex).preps.filter { $0.count == 1 }
        let words = lexicon.framePrepositions[frameIndex]
        let symmetric = RelationVocabulary.core.isSymmetric(RelationType(lexicon.frame(frameIndex).type))
        var lastActorEnd = index == triggerEnd ? index - 1 : index
        let english = triggerEnd > 0 && !work.sentence.document.isArabic(work.tokens[triggerEnd - 1])
        let definiteNoun = isDefiniteArabicEventNoun(endingAt: triggerEnd, work)
        for actor in work.actors where actor.range.lowerBound >= index && actor.range.lowerBound - index <= reach + 4 {
            if work.hasClauseBreak(index..<actor.range.lowerBound) || (symmetric && opensRelativeClause(index..<actor.range.lowerBound, work)) { break }
            if english, hasOtherEvent(in: triggerEnd..<actor.range.lowerBound, than: frameIndex, work) { break }
            defer { lastActorEnd = actor.range.upperBound }
            guard fits(actor) else { continue }
            if letters.contains(where: { ArabicClitics.endsWithPreposition(actor.clitic, $0) }) {
                if definiteNoun, breaksDefiniteAgreement(triggerEnd, actor.range.lowerBound, work) { continue }
                return actor
            }
            let window = max(lastActorEnd, actor.range.lowerBound - 3)..<actor.range.lowerBound
            // "diversify its ties away from Russia": a distance, not the one asked; "فرض المزيد من العقوبات على موسكو": the
            // preposition opens another event's noun, which the actor does not follow right away.
            if window.contains(where: { words.contains(work.tokens[$0].word) && !(english && $0 > 0 && work.sentence.text(of: $0 - 1) == "away")
                && !opensOtherEvent(at: $0 + 1, before: actor, than: frameIndex, work) }) { return actor }
            if let noun = placeNounBefore(actor, work),
               (max(lastActorEnd, noun - 4)..<noun).contains(where: { words.contains(work.tokens[$0].word) }) { return actor }
        }
        return nil
    }

    /// Whether the event word ending at token `triggerEnd` is a definite Arabic noun ("الغزو", not
    /// the verb "التقى"), after which a proclitic preposition must follow its adjectives only.
    func isDefiniteArabicEventNoun(endingAt triggerEnd: Int, _ work: SentenceWork) -> Bool {
        let document = work.sentence.document
        guard triggerEnd > 0, document.isArabic(work.tokens[triggerEnd - 1]), document.startsWithArticle(work.tokens[triggerEnd - 1])
        else { return false }
        return work.spans.contains { noun in
            guard noun.range.upperBound == triggerEnd, case .nominalTrigger = noun.value else { return false }
            return true
        }
    }

    /// Whether a word between a definite Arabic event noun ending at `triggerEnd` and an actor a
    /// proclitic preposition opens is indefinite, so no adjective of the noun: the preposition
    /// then belongs to that word ("الغزو الروسي يبقى أولوية للحلف": NATO is not invaded; "الغزو
    /// الروسي الشامل لأوكرانيا" is one phrase).
    func breaksDefiniteAgreement(_ triggerEnd: Int, _ objectStart: Int, _ work: SentenceWork) -> Bool {
        let document = work.sentence.document
        return triggerEnd <= objectStart && (triggerEnd..<objectStart).contains { index in
            work.tokens[index].isWord && work.tokens[index].number < 0 && !document.startsWithArticle(work.tokens[index])
                && !work.actors.contains { $0.range.contains(index) }
        }
    }

    /// Whether a verb of speech or of holding an event joined by و or ف stands in `range`
    /// ("ماكرون يستقبل عون ... ويؤكد دعم فرنسا للجيش اللبناني"), a verb of speech after "and"
    /// ("thanked Trump for his backing and said the two governments would sign"), or a preposition
    /// that opens a clause of time ("their first meeting since the crash of an Azerbaijan Airlines
    /// plane"): a new clause, whose actors are not the object of a word before it.
    func crossesNewClause(_ range: Range<Int>, _ work: SentenceWork) -> Bool {
        range.contains { index in
            let token = work.tokens[index]
            let opening = work.spanIndex(startingAt: index).map { work.spans[$0].value }
            if opening == .function("clause_opening_prepositions") || (work.token(index, is: lexicon.keywords.and)
                && work.spanIndex(startingAt: index + 1).map({ work.spans[$0].value }) == .function("speech_verbs")) { return true }
            guard token.isWord, token.readings.0.clitic == ArabicClitics.waw || token.readings.0.clitic == ArabicClitics.fa else { return false }
            return work.token(index, isIn: .eventVerbs, lexicon: lexicon) || opening == .function("speech_verbs")
        }
    }

    /// The English place noun an actor is named after with "of" ("in the breakaway regions of
    /// Abkhazia"), whose phrase the frame's preposition may open.
    func placeNounBefore(_ actor: Actor, _ work: SentenceWork) -> Int? {
        let of = actor.range.lowerBound - 1
        guard work.token(of, is: lexicon.keywords.of), work.token(of - 1, isIn: .placeNouns, lexicon: lexicon) else { return nil }
        return of - 1
    }

    /// Whether an actor is in construct with an Arabic event word written right before it, after
    /// `start` ("وقع على بروتوكول انضمام السويد": Sweden joins, it signs nothing): that event's,
    /// not the object of a trigger of `type` — except for criticism, which criticises the doer of
    /// what it names ("مستنكراً انتقادات الأمين العام"), and for support of a request or of an
    /// accession, which supports the one asking or joining ("ويدعم الاتحاد الأفريقي مطالبة جزر
    /// القمر بالجزيرة", "تدعم انضمام صربيا إلى الاتحاد الأوروبي").
    func isGenitiveOfEvent(_ actor: Actor, of type: RelationType, from start: Int, _ work: SentenceWork) -> Bool {
        type != .criticizes && actor.clitic.isEmpty && work.spans.contains { span in
            guard span.isEventWord, span.range.upperBound == actor.range.lowerBound, span.range.lowerBound >= start else { return false }
            switch span.value {
            case .trigger(let frame), .nominalTrigger(let frame):
                let event = RelationType(lexicon.frames[frame].type) // an accession only as the support's own object
                return type != .supports || !(event == .requests || (event == .memberOf && span.range.lowerBound == start))
            default: return true
            }
        }
    }

    /// The state a place forces are deployed to lies in, when the lexicon knows it and it is not
    /// one of the deployers' own ("تحتفظ روسيا بقاعدة في محافظة اللاذقية": Russia deploys to
    /// Syria, at Latakia); nil for a state or a place at home.
    func hostState(of id: String, subjects: [String], context: DocumentContext) -> String? {
        guard context.kind(id) == .place, let state = context.stateOfPlace(id), !subjects.contains(state) else { return nil }
        return state
    }

    /// The last event word of the same frame that continues a trigger: one right after it
    /// ("Russian strikes hit Kyiv"), or after the subject that follows it, a time phrase and at
    /// most one noun ("وقعت كوريا الشمالية العام الماضي معاهدة الشراكة مع روسيا"), and each right
    /// after that ("اتفاقية للتعاون مع"): one event, whose object is looked for after them all.
    func sameEvent(as trigger: Span, frame frameIndex: Int, subjectEnd: Int, _ work: SentenceWork) -> Span? {
        let end = trigger.range.upperBound
        let isSameFrame = { (span: Span) in [.trigger(frameIndex), .nominalTrigger(frameIndex)].contains(span.value) }
        let afterSubject = work.skippingTimePhrase(subjectEnd)
        var event = work.spans.first { span in
            (span.range.lowerBound == end || (subjectEnd > end && (afterSubject...(afterSubject + 1)).contains(span.range.lowerBound))) && isSameFrame(span)
        }
        while let chained = event.flatMap({ event in work.spans.first { $0.range.lowerBound == event.range.upperBound && isSameFrame($0) } }) {
            event = chained
        }
        return event
    }

    /// Whether an English actor names the doer of a deed word right after it, alone or joined
    /// by "and" to another ("following US strikes", "Israeli and US strikes"): no object of the
    /// verb before it.
    func isDeedAgent(_ actor: Actor, _ work: SentenceWork) -> Bool {
        var end = actor.range.upperBound
        if work.token(end, is: lexicon.keywords.and), let next = work.spanIndex(startingAt: end + 1) { end = work.spans[next].range.upperBound }
        guard let deed = work.spanIndex(startingAt: end) else { return false }
        switch work.spans[deed].value {
        case .trigger(let frame), .nominalTrigger(let frame):
            return DocumentContext.deeds.contains(RelationType(lexicon.frames[frame].type)) && hasRequiredWords(frame, after: work.spans[deed].range.upperBound, work)
        default: return false
        }
    }

    /// Whether a trigger of a frame of another relation type starts in `range` ("the deployment
    /// during talks": talks are no deployment; "signed a cooperation agreement" is one event),
    /// whose frame finds the words it requires ("sent troops to help Russia push" sends them to Russia).
    func hasOtherEvent(in range: Range<Int>, than frameIndex: Int, _ work: SentenceWork) -> Bool {
        let type = lexicon.frames[frameIndex].type
        return work.spans.contains { span in
            guard range.contains(span.range.lowerBound) else { return false }
            switch span.value {
            case .trigger(let other), .nominalTrigger(let other):
                return lexicon.frames[other].type != type && hasRequiredWords(other, after: span.range.upperBound, work)
            default: return false
            }
        }
    }

    /// Whether an event word of another relation than frame `frameIndex` starts at token `index`
    /// and ends before a word that stands between it and `actor`.
    private func opensOtherEvent(at index: Int, before actor: Actor, than frameIndex: Int, _ work: SentenceWork) -> Bool {
        work.spans.contains { span in
            guard span.range.lowerBound == index, span.range.upperBound < actor.range.lowerBound else { return false }
            return hasOtherEvent(in: index..<(index + 1), than: frameIndex, work)
        }
    }

    /// How many tokens after the meeting's last party its place may start.
    static let meetingPlaceReach = 12

    /// Where a meeting took place: the first place or organisation after `index` introduced by في or ب,
    /// up to `meetingPlaceReach` tokens after it; a في that opens a phrase of list `move_phrases`
    /// ("في خطوة أدانتها السلطة الفلسطينية") introduces none.
    static func meetingPlace(after index: Int, in work: SentenceWork, context: DocumentContext, lexicon: Lexicon) -> String? {
        for actor in work.actors where actor.range.lowerBound >= index {
            if actor.range.lowerBound - index > Self.meetingPlaceReach { return nil }
            let id = actor.ids[0]
            guard [.place, .organization].contains(context.kind(id)) else { continue }
            let window = max(index, actor.range.lowerBound - 4)..<actor.range.lowerBound
            if ArabicClitics.endsWithPreposition(actor.clitic, "ب") || window.contains(where: { locative in
                work.token(locative, isOneOf: lexicon.keywords.locative) && work.spanIndex(startingAt: locative).map { work.spans[$0].value } != .function("move_phrases")
            }) {
                return id
            }
        }
        return nil
    }

    /// What was requested, deployed or done: the words after the trigger (or from `start`) to the object.
    func what(after trigger: Span, upTo end: Int, _ work: SentenceWork, nominal: Bool, from start: Int? = nil) -> String {
        if nominal {
            return trigger.range.filter { index in
                index == trigger.range.lowerBound || !(lexicon.isFunctionWord(work.tokens[index].word, list: .stopwords)
                    || lexicon.keywords.phraseStops.contains(work.tokens[index].word))
            }.map { work.sentence.text(of: $0) }.joined(separator: " ")
        }
        var words: [String] = []
        var index = start ?? work.skippingTimePhrase(trigger.range.upperBound)
        while index < min(end, work.tokens.count), words.count < 4 {
            let token = work.tokens[index]
            if work.isDigitGroupComma(index), !words.isEmpty {
                words[words.count - 1] += "," + work.sentence.text(of: index + 1)
                index += 2
                continue
            }
            if !token.isWord || work.actors.contains(where: { $0.range.contains(index) }) || work.isDetachedPreposition(index)
                || quotedNameStart(at: index, work) != index { break }
            if let span = work.spanIndex(startingAt: index), case .nisba = work.spans[span].value { break }
            if work.spanIndex(startingAt: index).map({ work.spans[$0].value == .function("border_triggers") }) == true { break } // "neighbouring India"
            if work.token(index, isIn: .regimeWords, lexicon: lexicon), work.actors.contains(where: { $0.range.lowerBound == index + 1 }) {
                break // "طالبت حكومة فيجي": the object's government
            }
            if !lexicon.isFunctionWord(token.word, list: .stopwords) && !lexicon.keywords.phraseStops.contains(token.word) {
                words.append(work.sentence.text(of: index))
            } else if !words.isEmpty {
                break
            }
            index += 1
        }
        return words.joined(separator: " ")
    }

    /// The first actor of the list an actor stands in, coordinated before it (`coordinatedBefore`).
    func listHead(of actor: Actor, _ work: SentenceWork, context: DocumentContext) -> Actor {
        let start = work.coordinatedBefore(actor, keywords: lexicon.keywords, kind: context.kind).start
        return work.actors.first { $0.range.lowerBound == start } ?? actor
    }

    /// Whether an actor of a joint event is where it happens, not a partner: introduced, itself
    /// or the head of its list, by a locative that is not the trigger's own word nor one of the
    /// frame's prepositions ("NATO drills in Poland and the Baltic states"; "arrived in Minsk" is
    /// a visit), or after a phrase of list `framework_markers` ("التنسيق في إطار مجموعة بريكس":
    /// the bloc is the framework, not a partner), or a body of a state or bloc right after a
    /// gathering noun, which holds it. A person is never a venue: "التقى بوتين بأردوغان" meets him.
    func isVenue(_ actor: Actor, _ frameIndex: Int, triggerEnd: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        let head = listHead(of: actor, work, context: context)
        let framed = work.token(head.range.lowerBound - 1, isOneOf: lexicon.keywords.articles) ? head.range.lowerBound - 1 : head.range.lowerBound // "within the EAEU"
        if work.spans.contains(where: { $0.range.upperBound == framed && $0.value == .function("framework_markers") }) { return true }
        let body = context.kind(head.ids[0]) == .organization && lexicon.entities[head.ids[0]]?.partOf != nil // "اجتماع مجلس وزراء ..."
        if head.range.lowerBound != triggerEnd || body, isGenitiveOfGathering(head, work) { return true }
        guard head.range.lowerBound != triggerEnd, context.kind(head.ids[0]) != .person, isLocative(head, work) else { return false }
        let markedObject = lexicon.frames[frameIndex].object_clitic.map { ArabicClitics.endsWithPreposition(head.clitic, $0) } ?? false
        return !markedObject && !work.token(head.range.lowerBound - 1, isOneOf: lexicon.framePrepositions[frameIndex])
    }

    /// Whether an actor after the trigger is introduced by a preposition (a word of its own) that
    /// is neither one of the frame's nor a locative, and so is no direct object ("sought closer
    /// ties with Iran and China": neither is asked; "struck a refinery in Russia" still strikes
    /// Russia; "قواعد عسكرية لكل من الولايات المتحدة": a partitive after a list opener is none,
    /// nor is one after a phrase of list `fighter_nouns`: "استهدفت عناصر من الحركة").
    func isObjectOfOtherPreposition(_ actor: Actor, _ frameIndex: Int, after start: Int, _ work: SentenceWork,
                                    context: DocumentContext) -> Bool {
        let head = listHead(of: actor, work, context: context).range.lowerBound - 1
        let before = work.token(head, is: lexicon.keywords.the) ? head - 1 : head // "allies on the eastern flank"
        guard before >= start, work.token(before, isOneOf: lexicon.keywords.prepositions),
              !work.token(before, isOneOf: lexicon.keywords.locative), !work.token(before - 1, isIn: .listOpeners, lexicon: lexicon),
              work.span(endingAt: before + 1)?.value != .function("fighter_nouns") else { return false }
        return !work.token(before, isOneOf: lexicon.framePrepositions[frameIndex])
    }

    /// The state whose nisba qualifies the noun just before a judgement ("إن الخطوة الفرنسية غير
    /// مقبولة", "the French move was unacceptable"): the nisba ends at most three tokens before
    /// token `start`, with no clause break between, and stands for its state as the object.
    func nisbaOfDeedBefore(_ start: Int, _ work: SentenceWork) -> Actor? {
        for end in stride(from: start, through: max(1, start - 3), by: -1) {
            guard let nisba = work.span(endingAt: end), case .nisba(let state) = nisba.value else { continue }
            guard nisba.range.lowerBound > 0, !work.hasClauseBreak(end..<start), nisba.clitic.isEmpty else { return nil }
            return Actor(ids: [state], range: nisba.range, clitic: "", source: .anaphora)
        }
        return nil
    }
}
