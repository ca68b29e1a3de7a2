import EntityGraph

/// Relations read from event words (verbs and nouns) with subject and object slots, as the
/// frames of `frames.json` describe them: meetings, requests, deployments, criticism, threats,
/// attacks, sanctions, support, membership, cooperation, alliance, accusation.
struct FramePatterns {
    let lexicon: Lexicon
    /// How far (in tokens) a subject or object may be from its trigger.
    let reach = 8

    /// The relations a person or an armed force takes part in for the state it serves: deploying
    /// forces and imposing sanctions are states' acts (and the parties of a frame with
    /// `state_parties`, agreements and alliances, are states too: `apply` lifts both sides to them).
    static let stateActs: Set<RelationType> = [.deploysTo, .sanctions]

    /// The relations no one named after an opposition word between the trigger and them ("في
    /// مواجهة", "against", "support in opposing the independence of Kosovo") is the object of.
    static let friendlyTypes: Set<RelationType> = [.supports, .cooperatesWith, .alliedWith, .metWith]

    /// Reads accusations traded ("accused each other"), then the relation of every event word not
    /// negated, refused, passive or after a condition ("إذا هاجمت روسيا بولندا"); the content of a
    /// request, warning or accusation gets the modality of its frame, also when it is a clause
    /// after أن / that ("حذر من أن روسيا قد تهاجم ..."); last, signings told without their
    /// signatories after a meeting.
    func apply(_ work: SentenceWork, context: DocumentContext) {
        readReciprocalAccusations(work, context: context)
        var previousFrame: (Int, Int)?
        for span in work.spans {
            let frameIndex: Int, nominal: Bool
            switch span.value {
            case .trigger(let index): (frameIndex, nominal) = (index, isEnglishNounUse(span, work) || span.clitic.hasSuffix("ال") || span.clitic.hasSuffix("لل") || isDiscussedTopic(span, work))
            case .nominalTrigger(let index): (frameIndex, nominal) = (index, !isEnglishInfinitive(span, work))
            default: continue
            }
            defer { previousFrame = (frameIndex, span.range.upperBound) }
            if let previous = previousFrame, previous.0 == frameIndex && previous.1 == span.range.lowerBound
                || isRequiredWord(span, of: previous, work) { continue }
            if isNegated(span, work) || isRefused(span, work) || isPassive(span, work) || isHypothetical(span, work) || isThreatened(span, work)
                || isAgentOfPassive(span, frame: frameIndex, work) || isNounOfNoEvent(span, work) || isQuestion(span, frame: frameIndex, work)
                || (lexicon.frames[frameIndex].predicate_noun == true && isObjectOfArabicVerb(span, work)) { continue }
            if let undoing = undoing(span, frameIndex, work) {
                if let reduced = lexicon.frames[frameIndex].undone_type, undoing == .done {
                    apply(frameIndex, trigger: span, nominal: nominal, modality: nil, as: RelationType(reduced), work, context: context)
                }
                continue
            }
            if isPassiveParticiple(span, frameIndex, work) {
                work.complements[span.range.upperBound] = lexicon.frames[frameIndex].complement_modality ?? "planned"
                continue
            }
            let content = continuesClause(span, work) ? nil : work.complements.first { complement, _ in
                let clause = work.token(complement + 1, isIn: .complementizers, lexicon: lexicon) ? complement + 2 : complement
                return (complement...(clause + 3)).contains(span.range.lowerBound) && !work.hasClauseBreak(clause..<span.range.lowerBound)
            }
            apply(frameIndex, trigger: span, nominal: nominal, modality: content?.value, work, context: context)
        }
        signingsAfterMeetings(work, context: context)
    }

    /// Reads the relation of one event word: its subject and object, the attributes (place,
    /// date, modality — `modality` when it is the content of another event —, what) and a
    /// confidence that falls with the distance between them. A verb followed by its complement
    /// word and no prepositional object has no addressee ("دعت إلى توسيع العقوبات", "asked to
    /// join"), or one whose phrase ends with that word ("called for sanctions"): no relation,
    /// and what follows is its content; nor has one followed by "that" /
    /// "أن" ("warned that Russia could attack": nobody is threatened), except a request, whose
    /// addressee is the subject of that clause ("demanded that Moscow admit guilt").
    private func apply(_ frameIndex: Int, trigger: Span, nominal: Bool, modality: String?, as undoneType: RelationType? = nil,
                       _ work: SentenceWork, context: DocumentContext) {
        if let next = alternativeFrame(of: frameIndex, after: trigger.range.upperBound, work) {
            return apply(next, trigger: trigger, nominal: nominal, modality: modality, as: undoneType, work, context: context)
        }
        let frame = lexicon.frame(frameIndex)
        let frameType = undoneType ?? RelationType(frame.type)
        let end = trigger.range.upperBound
        guard hasRequiredWords(frameIndex, after: end, work) else {
            if let other = lexicon.frameOtherwise[frameIndex], let next = personNamed(after: end, work, context: context) {
                apply(other, trigger: trigger, nominal: nominal, modality: modality, work, context: context)
            }
            return
        }
        if let suffered = sufferedEvent(trigger, work, context: context) {
            guard let agent = suffered.agent else { return } // the one who suffers it does not do it
            var attributes: [String: String] = [:]
            if let date = work.date(ofEventEndingAt: end) { attributes["date"] = date }
            context.emit(agent, frameType, suffered.patient.ids[0], attributes: attributes, sentence: work.sentence,
                         tokens: suffered.patient.range.lowerBound...(suffered.end - 1), rule: "frame:\(frame.name)_suffered", confidence: 0.7)
            return
        }
        if !RelationVocabulary.core.isSymmetric(frameType), let construct = constructEvent(trigger, work, context: context) {
            context.emit(construct.agent, frameType, construct.patient.ids[0], sentence: work.sentence,
                         tokens: trigger.range.lowerBound...(construct.end - 1), rule: "frame:\(frame.name)_construct", confidence: 0.7)
            return
        }
        guard let subject = subject(of: frame, index: frameIndex, trigger: trigger, nominal: nominal, work, context: context) else {
            warOfTheStory(trigger, frame: frameIndex, nominal: nominal, work, context: context)
            return warOnNamedTarget(trigger, frame: frameIndex, nominal: nominal, work, context: context)
        }
        var subjects = actingSubjects(subject, frame: frameIndex, work)
        // The doers the frame allows as written: a person who "moved to the United States" deploys nothing.
        if let kinds = frame.subject_kinds, !subjects.allSatisfy({ kinds.contains(context.kind($0).rawValue) }) { return }
        if Self.stateActs.contains(frameType) {
            subjects = subjects.map { context.kind($0) == .person || context.isArmedForce($0) ? context.state(of: $0) ?? $0 : $0 }
        }
        // A place that stands for no state is no party of a meeting or an agreement ("Gaza truce talks"),
        // nor is the host named before hosting them ("جهود الرياض في استضافة المحادثات بين طرفي النزاع"),
        // nor the doer of any other deed ("وقصفت الطائرات منطقة قنديل": the region is the target).
        if RelationVocabulary.core.isSymmetric(frameType) { subjects.removeAll { context.kind($0) == .place } }
        subjects.removeAll { context.kind($0) == .place && context.actingEntity($0) == $0 && frame.subject_kinds?.contains("place") != true }
        guard !subjects.isEmpty, !(RelationVocabulary.core.isSymmetric(frameType) && subject.start < trigger.range.lowerBound
            && work.token(trigger.range.lowerBound - 1, isIn: .witnessVerbs, lexicon: lexicon)) else { return }
        let people = subjects.allSatisfy { context.kind($0) == .person }
        let peopleActing = undoneType == nil && people
        let verbal = peopleActing && !nominal && work.token(trigger.range.lowerBound, isOneOf: lexicon.frameCriticismWords[frameIndex])
        let meetingWord = peopleActing && work.token(trigger.range.lowerBound, isOneOf: lexicon.frameMeetingWords[frameIndex])
        var meeting = meetingWord && subjects.count >= 2
        var type = verbal ? .criticizes : meeting ? .metWith : forcesType(frameIndex, trigger, from: subject.start, nominal, work, context) ?? frameType
        let armedDoer = type == .attacks && work.actors.first { $0.range.lowerBound == subject.start }?.ids.contains(where: context.isArmedForce) == true // an army's coup
        let symmetric = RelationVocabulary.core.isSymmetric(type)
        // A second title of the same subject right after it ("ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان") is his.
        let subjectEnd = work.actors.first { $0.range.lowerBound == subject.end && $0.ids == subject.ids }?.range.upperBound ?? subject.end
        var subjectStart = subject.start
        let passive = subject.passive
        var (objects, objectEnd): ([String], Int) = ([], subjectEnd)
        let kinds = lexicon.frameObjectKinds[frameIndex]
        let english = isEnglish(trigger, work)
        let ownStates = subjects.filter { self.lexicon.entities[$0]?.isSelfGoverning != true }.compactMap { context.state(of: $0) }, subjectBodies = symmetric ? subjects.compactMap { context.affiliation[$0] } : []
        let opposition = Self.friendlyTypes.contains(type) ? (end..<work.tokens.count).first { work.token($0, isIn: .oppositionWords, lexicon: lexicon) } : nil
        let sameEvent = sameEvent(as: trigger, frame: frameIndex, subjectEnd: subjectEnd, work)
        let objectStart = max(sameEvent?.range.upperBound ?? end, subjectEnd), inverse = frame.inverse == true
        let fits: (Actor) -> Bool = { actor in
            let placeAllowed = kinds?.contains(.place) == true
            if !placeAllowed && context.kind(actor.ids[0]) == .place && actor.range.lowerBound != end && self.isLocative(actor, work) && !self.isPosting(actor, frameIndex, end, work) {
                return false
            }
            if self.isBorderNeighbour(actor, work, unlessRequiredBy: frameIndex) || self.isCompoundAttribute(actor, work)
                || (type == .deploysTo && (self.namesBorderArea(actor, work) || !inverse && self.qualifiesIndefiniteNoun(actor, work))) { return false }
            if type == .supports, english ? self.isLocative(actor, work) : work.isInside(actor) { return false } // "support at the UN": a venue
            if type == .cooperatesWith, work.isInside(actor) || work.isAmongMembers(actor, context: context) { return false } // "within": a forum
            if type == .memberOf, english, self.modifiesNoun(actor, work) { return false } // "join EU grid", "joined NATO exercises"
            // "إحاطة أمام مجلس الأمن": an audience; "met ... under the auspices of": a host or witness.
            if [.function("audience_words"), .function("presence_phrases")].contains(work.span(endingAt: actor.range.lowerBound)?.value) { return false }
            if type == .sanctions, context.armedForces.contains(actor.ids[0]) { return false }
            if type == .attacks, self.lexicon.entities[actor.ids[0]]?.isWater == true { return false } // "fired a missile into the Sea of Japan"
            if self.isPartnerOfAnotherEvent(actor, triggerEnd: objectStart, frame: frameIndex, work, context: context)
                || self.isObjectOfEventPhrase(actor, after: objectStart, type: type, work) { return false }
            if Self.friendlyTypes.contains(type), opposition.map({ $0 < actor.range.lowerBound }) == true
                || work.token(actor.range.lowerBound - 1, isIn: .oppositionWords, lexicon: self.lexicon) { return false }
            if symmetric, self.isVenue(actor, frameIndex, triggerEnd: end, work, context: context)
                || work.token(actor.range.lowerBound - 1, isIn: .vicinityWords, lexicon: self.lexicon) { return false }
            let id = placeAllowed ? actor.ids[0] : context.objectEntity(actor.ids[0], of: type)
            let servesSubject = context.kind(id) == .person && !armedDoer && context.state(of: id).map(subjects.contains) == true
            // Not "Kallas ... talks with the bloc", nor a subject's own capital ("gives Washington access"); words attack no town.
            return !subjects.contains(id) && !subjects.contains(context.actingEntity(id)) && !ownStates.contains(id) && !servesSubject
                && !subjectBodies.contains(id) && (kinds?.contains(context.kind(id)) ?? true) && !(verbal && context.kind(id) == .place)
        }
        var searchFrom = work.skippingCircumstance(work.skippingStatement(work.skippingAside(subjectEnd > end
            ? opensObjectAfterSubject(subjectEnd, work, context: context) ? subjectEnd + 1
                : work.appositionEnd(after: subjectEnd, lexicon: lexicon) ?? pastLocation(ofBodyEndingAt: subjectEnd, work, context: context) : objectStart)))
        if nominal, english, work.token(searchFrom, is: lexicon.keywords.of) { searchFrom += 1 } // "criticism of the EU": its object
        let (pronounObject, pronounReferent) = objectPronoun(of: trigger, frame: frameIndex, subjects: subjects, work, context: context, fits: fits)
        if pronounObject && frame.object_fallback == nil && pronounReferent == nil { return }
        let slot = english ? frame.object_en ?? frame.object : frame.object
        if slot == "direct", !passive, lexicon.frameComplementWords[frameIndex].contains(work.tokens[end - 1].word) {
            work.complements[end - 1] = frame.complement_modality ?? "planned"
            return
        }
        // "warned that Israel would respond if Hezbollah violated it", "will retaliate if Israel attacks": the one the condition names is threatened.
        let clauseInTrigger = work.token(end - 1, isIn: .complementizers, lexicon: lexicon) // "محذرا من أن"
        var clauseSubject = type == .threatens && slot == "direct" && !passive && (clauseInTrigger || opensContentClause(at: searchFrom, frame: frameIndex, work) || opensCondition(at: searchFrom, work))
            ? conditionTarget(after: searchFrom, work, fits: fits) ?? consequenceBearer(after: searchFrom, work, fits: fits) : nil
        if type == .threatens, clauseInTrigger, clauseSubject == nil {
            work.complements[end - 1] = frame.complement_modality ?? "planned"
            return
        }
        // "Zelensky, whom Putin accuses of lying": the relative clause's head, before the complement; a verb's, not an event noun's
        // ("Azerbaijan, which it backed in its 2020 war": the war is not against Azerbaijan).
        let relativeObject = english && !passive && !nominal ? relativeObjectList(of: trigger.range.lowerBound, work, context: context, fits: fits) : nil
        if clauseSubject == nil, relativeObject == nil, slot == "direct", !passive, searchFrom < work.tokens.count,
           lexicon.frameComplementWords[frameIndex].contains(work.tokens[searchFrom].word)
            || (type == .requests && asksNoOne(at: searchFrom, frame: frameIndex, work, context: context)),
           prepositionalObject(frameIndex, from: searchFrom, triggerEnd: end, work, fits: fits) == nil {
            work.complements[searchFrom] = frame.complement_modality ?? "planned"
            return
        }
        if clauseSubject != nil {
            work.complements[searchFrom] = frame.complement_modality ?? "planned"
        } else if slot == "direct", !passive, !(symmetric && subjects.count >= 2), work.token(searchFrom, isIn: .complementizers, lexicon: lexicon) {
            guard type == .requests, let actor = work.firstActor(in: (searchFrom + 1)..<(searchFrom + 3)), fits(actor) else { return }
            clauseSubject = actor
            work.complements[searchFrom] = frame.complement_modality ?? "planned"
        }
        var found: Actor?
        let reacts = type == .criticizes || frame.reaction == true
        let reactedEvent = reacts && !passive ? eventObject(at: searchFrom, work) : nil
        let possessor = possessedAgentNoun(trigger, frame: frameIndex, work, context: context)?.object
            ?? (type == .supports ? supportedWarAgent(after: searchFrom, work, context: context) : nil) // "لدعم حربها في أوكرانيا"
        let fronted = english ? nil : frontedPhrase(after: end, frame: frameIndex, work).flatMap { subjectEnd == $0.subject.range.upperBound ? $0.object : nil }
        switch slot {
        case _ where clauseSubject != nil:
            found = clauseSubject
        case _ where possessor != nil || fronted != nil:
            found = (possessor ?? fronted).flatMap { fits($0) ? $0 : nil }
        case _ where relativeObject != nil: found = relativeObject
        case _ where pronounObject: found = pronounReferent
        case _ where frame.plural_subject == true && symmetric && subjects.count >= 2:
            found = partnerWith(after: searchFrom, work).flatMap { fits($0) ? $0 : nil }
        case _ where passive:
            // "Lavrov, who is in China for a meeting, was received by Xi", "Wadephul, who was also received
            // by": the head of the clause; "X floated a plan, a proposal condemned by Y": the one whose
            // deed the noun sums up.
            found = work.appositionHead(before: afterAuxiliaries(trigger.range.lowerBound, work)).flatMap { fits($0) ? $0 : nil }
                ?? work.actors.last { $0.range.upperBound <= trigger.range.lowerBound
                    && !work.hasClauseBreak($0.range.upperBound..<trigger.range.lowerBound) && fits($0) }
                ?? (work.relativeClauseHead(of: trigger.range.lowerBound, lexicon: lexicon) ?? summarizedDeedDoer(before: trigger, work)).flatMap { fits($0) ? $0 : nil }
        case "before":
            found = judgedActor(before: trigger.range.lowerBound, work, context: context, fits: fits)
        case "direct":
            let complementWords = lexicon.frameComplementWords[frameIndex]
            let definiteNoun = isDefiniteArabicEventNoun(endingAt: end, work)
            let filled = isObjectSlotFilled(at: searchFrom, work) && !lexicon.frameRequiredWords[frameIndex].contains(work.tokens[searchFrom].word) // "لواءً ألمانياً"
            let deedDoer = reacts && !english && !passive && reactedEvent == nil ? doerOfDeedNoun(at: searchFrom, work).flatMap { fits($0) ? $0 : nil } : nil
            found = deedDoer ?? (filled || reactedEvent != nil ? nil : work.actors.first {
                $0.range.lowerBound >= searchFrom && $0.range.lowerBound - searchFrom <= reach
                    && !work.hasClauseBreak(searchFrom..<$0.range.lowerBound) && !(symmetric && opensRelativeClause(searchFrom..<$0.range.lowerBound, work))
                    && !crossesNewClause(searchFrom..<$0.range.lowerBound, work) && !passesCount(searchFrom..<$0.range.lowerBound, work)
                    && !isObjectOfOtherPreposition($0, frameIndex, after: searchFrom, work, context: context) && !isOtherDeedsParty($0, from: searchFrom, work)
                    && !isRelativeClauseObject($0, from: searchFrom, work) && !(definiteNoun && breaksDefiniteAgreement(end, $0.range.lowerBound, work))
                    && !setsAside(searchFrom..<$0.range.lowerBound, type: type, work)
                    && !(english ? hasEventWord(in: searchFrom..<$0.range.lowerBound, work) || (!reacts && isDeedAgent($0, work))
                         : isGenitiveOfEvent($0, of: type, from: searchFrom, work) || isPastPlainObject($0, from: searchFrom, frameIndex, work))
                    && !(searchFrom..<$0.range.lowerBound).contains { complementWords.contains(work.tokens[$0].word)
                        || (english && symmetric && work.token($0, is: lexicon.keywords.toEnglish)) } && fits($0) // "agreed to forward Sweden's bid"
            })
            found = found ?? (reactedEvent != nil ? nil : prepositionalObject(frameIndex, from: searchFrom, triggerEnd: end, work) { fits($0) && !isOtherDeedsParty($0, from: searchFrom, work) }
                ?? examplesAfterNoun(from: searchFrom, work).flatMap { fits($0) ? $0 : nil }) // "designated six Mexican cartels, including"
            if reactedEvent == nil, !(symmetric && subjects.count >= 2), let nisba = nisbaObject(from: searchFrom, frame: frameIndex, work, context: context), fits(nisba),
               !(english && !reacts && isDeedAgent(nisba, work)), // not "following Israeli and US strikes"
               !(english && (searchFrom..<nisba.range.lowerBound).contains { complementWords.contains(work.tokens[$0].word) }), // "independence for the former Spanish colony"
               nisba.range.lowerBound < (found?.range.lowerBound ?? Int.max), !(found.map { namesPlace(of: nisba, $0, work) || describesNamed(nisba, $0, work, context: context)
                   || work.hasClauseBreak(nisba.range.upperBound..<$0.range.lowerBound) } ?? false) { // the examples of what the nisba qualifies
                found = nisba
            }
        default:
            found = prepositionalObject(frameIndex, from: searchFrom, triggerEnd: end, work, fits: fits)
                ?? (type == .attacks ? nisbaAfterPreposition(from: searchFrom, frame: frameIndex, work).flatMap { fits($0) ? $0 : nil } : nil)
        }
        if english, let owner = found, let held = possessedHolder(of: owner, before: work.tokens.count, words: 2, work),
           [.person, .organization].contains(context.kind(held.ids[0])), fits(held) { found = held }
        if let named = found.flatMap({ namedAfterPronoun($0, work) ?? namedAfterQualifiedPhrase(after: $0, work, context: context) })
            ?? (found == nil ? namedInApposition(from: searchFrom, work) : nil), fits(named) { found = named } // "وزيرين إسرائيليين هما بن غفير وسموتريتش"
        found = found ?? threatObject(frame, after: max(end, subjectEnd), work, fits: fits) // "هددت روسيا بضرب أوكرانيا"
        var ofDeed = false
        if found == nil, type == .criticizes, frame.speaker == true || work.token(trigger.range.lowerBound - 1, is: lexicon.keywords.what)
            || work.token(trigger.range.lowerBound, is: lexicon.keywords.what) // "وهو ما اعتبرته الصومال انتهاكا"
            || isRelativeVerbOfDeed(trigger, work),
           let deed = context.lastDeed, deed.sentence == context.sentenceNumber, !deed.agents.contains(where: { agent in subjects.contains { $0 == agent || context.state(of: $0) == agent } }),
           !judgesObjectPronoun(trigger, work) {
            (found, ofDeed) = (Actor(ids: deed.agents, range: trigger.range, clitic: "", source: .anaphora), true)
        }
        if found == nil, type == .criticizes, english, !passive, let doer = relativeDeedObject(of: subject, work, context: context), fits(doer) { (found, ofDeed) = (doer, true) }
        if found == nil, let reactedEvent, let doer = reactionObject(toEventAt: reactedEvent, work, context: context), fits(doer) {
            (found, ofDeed) = (doer, true)
        }
        if found == nil, reacts, !passive, let speaker = remarksSpeaker(at: searchFrom, work, context: context), fits(speaker) { found = speaker }
        if found == nil, type == .criticizes, !passive, let parties = partiesOfCriticizedAgreement(at: searchFrom, work, context: context) { found = parties }
        if found == nil, type == .attacks, let located = locatedTarget(after: searchFrom, frameIndex, direct: slot == "direct", work, context: context)
            ?? ownedTarget(after: searchFrom, frameIndex, work, context: context), let target = located.ids.first(where: { !subjects.contains($0) }),
           target == located.ids[0] || context.kind(target) == .place { // a place in the doer's own state ("a depot in Russian-occupied Crimea")
            found = Actor(ids: located.ids.filter { !subjects.contains($0) }, range: located.range, clitic: located.clitic, source: located.source)
        }
        if found == nil, type == .attacks, nominal, subjects.count == 1, namesItsAgent(trigger, work), let target = warTarget(of: subjects[0], context: context) {
            found = Actor(ids: [target], range: trigger.range, clitic: "", source: .anaphora) // "Russia's full-scale invasion"
        }
        if found == nil, let fallback = frame.object_fallback,
           let referent = fallbackReferent(fallback, subjects: subjects, trigger: trigger, from: searchFrom, work, context: context) {
            let answered = Actor(ids: [referent], range: trigger.range, clitic: "", source: .anaphora)
            if fits(answered) { found = answered }
        }
        if found == nil, ["previous", "last_alliance"].contains(frame.object_fallback) {
            found = frame.object_fallback == "previous" ? work.actors.last { $0.range.upperBound <= subjectStart && fits($0) } : blocNamedBefore(trigger, work, context: context)
            if let person = found, context.kind(person.ids[0]) == .person, subjects.allSatisfy({ context.kind($0) == .state }),
               let state = context.state(of: person.ids[0]) {
                let stateActor = Actor(ids: [state], range: person.range, clitic: person.clitic, source: .anaphora)
                if fits(stateActor) { found = stateActor }
            }
        }
        var deployedBy: String?
        var deployedAt: String?
        if found == nil, frame.inverse == true, let listed = countedListStart(from: searchFrom, work), fits(listed) { found = listed }
        if found == nil, frame.nisba_agent == true, let host = subjects.compactMap(context.state(of:)).first,
           let territory = ownTerritory(after: end, work), let owner = nisbaBefore(territory.lowerBound, from: end, work), owner != host {
            deployedBy = owner
            found = Actor(ids: [host], range: territory, clitic: "", source: .anaphora)
        }
        if let found {
            if let complement = complementStart(after: found, frame: frameIndex, work) {
                work.complements[complement] = frame.complement_modality ?? "planned"
            }
            let list = work.coordinated(from: found, keywords: lexicon.keywords)
            let others = work.actors.filter { $0.range.lowerBound >= found.range.upperBound && $0.range.upperBound <= list.end && fits($0) }
                .prefix { !isSubjectOfNextVerb($0, work) }
            objects = (isPairWithSubject(found, subjects, work, context: context) ? [] : found.ids + others.flatMap(\.ids)).map { kinds?.contains(.place) == true ? $0 : context.objectEntity($0, of: type) }
                .map { type == .metWith ? lexicon.entities[$0]?.seatOf?.of ?? $0 : $0 } // a visit to the White House is one to the US
            if others.isEmpty, let members = groupMembersInApposition(after: found, work, context: context)
                ?? blocsWithRepeatedPreposition(after: found, frameIndex, work, context: context) ?? peopleIncluded(after: found, work, context: context)
                ?? objectsWithRepeatedPreposition(after: found, frameIndex, work, context: context) {
                objects += members.ids.map { kinds?.contains(.place) == true ? $0 : context.actingEntity($0) } // "and with Brussels": the EU
                objectEnd = max(objectEnd, members.end)
            }
            if others.isEmpty, found.source == .anaphora { objects += nisbasJoined(after: found, work).filter { !objects.contains($0) } }
            if subjects.allSatisfy({ context.kind($0) == .state }) { objects = objects.map { context.diplomatsState($0) ?? $0 } }
            if type == .deploysTo {
                let states = objects.map { hostState(of: $0, subjects: subjects + ownStates, context: context) }
                if objects.count == 1, states[0] != nil { deployedAt = objects[0] }
                objects = zip(objects, states).map { $1 ?? $0 }
            }
            if type == .metWith { objects += delegationLeaders(after: others.last?.range.upperBound ?? found.range.upperBound, work, context: context) }
            objectEnd = max(objectEnd, others.isEmpty ? found.range.upperBound : list.end)
            subjectStart = min(subjectStart, found.range.lowerBound)
        }

        if meetingWord, !objects.isEmpty, objects.allSatisfy({ context.kind($0) == .person }) {
            (meeting, type) = (true, .metWith)
        }
        var attributes: [String: String] = [:]
        if type == .metWith, let place = Self.meetingPlace(after: objectEnd, in: work, context: context, lexicon: lexicon) {
            attributes["place"] = place
        }
        if let deployedAt { attributes["place"] = deployedAt }
        if RelationVocabulary.core.types[type]?.cameoRoot != nil, let date = work.date(ofEventEndingAt: trigger.range.upperBound) {
            attributes["date"] = date
        }
        if let modality {
            attributes["modality"] = modality
        } else if isDenied(trigger, work) {
            attributes["modality"] = "denied"
        } else if work.token(trigger.range.lowerBound, isIn: .futureMarkers, lexicon: lexicon)
            || work.token(trigger.range.lowerBound - 1, isIn: .futureMarkers, lexicon: lexicon)
            || isArabicFuture(trigger, work) || isSubjunctive(trigger, work) || (frame.predicate_noun != true && isPurpose(trigger, work) && causedSubject(of: trigger, work) == nil) {
            attributes["modality"] = "planned"
        } else if work.spans.contains(where: { $0.value == .function("report_markers") }) {
            attributes["modality"] = "reported"
        }
        if type == .attacks || type == .requests || type == .deploysTo, fronted == nil, !objects.contains(where: { context.kind($0) == .person }) {
            let required = frame.inverse == true ? requiredWord(frameIndex, after: end, work) : nil // "تستضيف على أراضيها أسلحة"
            attributes["what"] = what(after: trigger, upTo: objectEnd, work, nominal: nominal, from: required)
        }
        attributes = attributes.filter { !$0.value.isEmpty }

        let lower = min(subjectStart, trigger.range.lowerBound), upper = max(objectEnd, subjectEnd, end) - 1
        let distance = max(0, upper - lower - 4)
        let confidence = max(0.3, (frame.speaker == true ? 0.6 : 0.75) - 0.02 * Double(distance))
        if objects.isEmpty, type == .attacks, nominal, !subjects.isEmpty { objects = casualties(of: trigger, work, context: context) }
        var pairs: [(String, String)]
        if objects.isEmpty {
            guard symmetric || frame.mutual == true, subjects.count >= 2 else { return warOnNamedTarget(trigger, frame: frameIndex, nominal: nominal, work, context: context) }
            // "Several countries, including A and B, have agreed to": each of them alone.
            if symmetric, hasUnnamedPartner(after: end, work) || subjectStart < trigger.range.lowerBound && examplesMarker(endingAt: subjectStart, work) != nil { return }
            // A person and the body or state they serve are one side ("وفد حماس برئاسة الحية").
            let serves = { (person: String, office: String) in context.affiliation[person] == office || context.state(of: person) == office }
            pairs = subjects.indices.flatMap { i in subjects[(i + 1)...].flatMap { symmetric ? [(subjects[i], $0)] : [(subjects[i], $0), ($0, subjects[i])] } }
                .filter { !serves($0.0, $0.1) && !serves($0.1, $0.0) }
        } else {
            let coMembers = type == .memberOf ? coMembers(after: objectEnd, work, context: context)
                + coMembersWith(from: searchFrom, frame: frameIndex, work, context: context) : []
            pairs = (deployedBy.map { [$0] } ?? subjects + coMembers).flatMap { subject in
                objects.map { frame.inverse == true ? ($0, subject) : (subject, $0) }
            }
            if type == .metWith { pairs += guestsMeetingEachOther(objects, hostedBy: subjects, trigger: trigger.range.lowerBound, work, context: context) }
        }
        signatoriesMeeting(pairs, of: type, trigger: trigger, passive: passive, attributes: attributes, work, context: context,
                           tokens: lower...upper, confidence: confidence)
        if frame.state_parties == true, type == frameType {
            let party = { (id: String) in
                context.kind(id) == .person ? context.state(of: id) ?? context.affiliation[id] ?? id : self.lexicon.entities[id]?.seatOf?.of ?? id
            }
            // A person allied with an armed group or a party is not their state ("بري، الحليف الأبرز لحزب الله"), nor is a party leader
            // his party ("دولت بهتشلي، حليف الرئيس رجب طيب أردوغان"), nor a person of no known state ("Kadyrov, a close ally of Putin").
            let staysItself = { (id: String) in
                context.kind(id) == .organization && party(id) == id || context.kind(id) == .person && [.organization, .person].contains(context.kind(party(id)))
            }
            let keepsPeople = type == .alliedWith && pairs.contains { staysItself($0.0) || staysItself($0.1) }
            if !keepsPeople { pairs = pairs.map { (party($0.0), party($0.1)) } }
        }
        pairs += type == .criticizes ? statesOfProtests(to: pairs, context: context) : frame.object_state == true ? statesOfPeople(in: pairs, context: context) : []
        pairs += type == .supports ? statesOfForcesAided(in: pairs, context: context) : []
        pairs += frame.head_roles.map { statesOfHeads(in: pairs, roles: $0, context: context) } ?? []
        let rule = "frame:\(frame.name)" + (verbal ? "_in_words" : meeting ? "_between_people" : ofDeed ? "_of_deed" : undoneType != nil ? "_undone" : "")
        for (source, target) in pairs where !context.areOneSide(source, target, in: type) {
            context.emit(source, type, target, attributes: attributes, sentence: work.sentence, tokens: lower...upper, rule: rule, confidence: confidence)
        }
        if type == .metWith || type == .cooperatesWith, !objects.isEmpty, deployedBy == nil { context.countCoSubjects(subjects) }
        if type == .metWith, !objects.isEmpty {
            work.enumeration = subjects + objects
        } else if subjects.count >= 2 {
            work.enumeration = subjects
        }
    }
}
