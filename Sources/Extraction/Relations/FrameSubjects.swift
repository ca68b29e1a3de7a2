import EntityGraph

/// Finding the subject of an event word: word order (Arabic VSO and SVO, English SVO),
/// coordination, apposition, participles, dropped subjects (the holders of event nouns are in
/// `EventNounHolders.swift`).
extension FramePatterns {
    /// The subject found for a trigger: the entities, the tokens they span, and whether the
    /// trigger is an English passive (the subject is then the agent after "by").
    struct Subject {
        var ids: [String] = []
        var start: Int
        var end: Int
        var passive = false

        /// Takes actors written before the trigger, from `start`, as the subject.
        mutating func take(_ list: (ids: [String], start: Int)) {
            (ids, start) = list
        }

        /// Takes actors written after the trigger, up to `end`, as the subject.
        mutating func take(_ list: (ids: [String], end: Int)) {
            (ids, end) = list
        }
    }

    /// Finds the subject of a trigger, trying in turn: states listed right after a plural noun,
    /// the actors after "بين" / "between" ("التعاون بين البلدين"), the owner of a possessive
    /// trigger, the visitor a visit noun named before "حيث" (`visitorBeforeWhere`), the actor
    /// after a light verb in an event noun's relative clause (`providerOfEvent`), the owner of
    /// what an event noun after a preposition names (`affiliatedDoer`), the actors a plural noun
    /// lists as examples (`includedSubjects`), the actor after a verb
    /// written with its object pronoun, the speaker, the
    /// enumeration, a nominal's owner or agent, English word order (a gerund after "for" is said
    /// of the actor before it; none for "the drills" told before), the nisba before a
    /// participle, the owner of a governing noun, a participle's main subject, the actor just
    /// before (SVO; a short aside between), the actor a noun is in apposition to, the sentence's
    /// subject for a predicate noun ("تعد بيلاروسيا، ...، جزءا من"), the main subject of a
    /// continued clause, the actor just after (VSO, with coordination, not after a noun in
    /// construct).
    func subject(of frame: LexiconFiles.Frame, index frameIndex: Int, trigger: Span, nominal: Bool, _ work: SentenceWork,
                 context: DocumentContext) -> Subject? {
        let end = trigger.range.upperBound
        var found = Subject(start: trigger.range.lowerBound, end: end)
        // "ستعمل مع رومانيا وأوكرانيا": states after a trigger ending with مع are its partners, no joint subject.
        let following = work.token(end - 1, is: lexicon.keywords.with) ? (ids: [], end: end) : statesRight(after: end, work, context: context)
        let between = betweenWord(of: trigger, work, context: context)
            .flatMap { word in work.firstActor(in: (word + 1)..<(word + (work.token(word + 1, isOneOf: lexicon.keywords.articles) || isDualConstruct(word + 1, work) ? 3 : 2))) }
            .map { sidesAfterBetween(from: $0, work) }
        if frame.agreement_clause == true {
            guard let agreement = context.lastAgreement, agreement.sentence == context.sentenceNumber else { return nil }
            found.ids = agreement.states
        } else if !isEnglish(trigger, work), let visitor = purposeSubject(of: trigger, work) { // "يتوجه ويتكوف إلى موسكو للقاء بوتين"
            found.take(work.coordinated(from: visitor, keywords: lexicon.keywords))
        } else if !nominal, let pair = meetingPair(ofDualVerb: trigger, frame: frame, work, context: context) { // "استقبل ... زيلينسكي، حيث وقعا"
            found.ids = pair
        } else if let members = membersNamedAfter(trigger, frame: frame, work, context: context) {
            found.ids = members
        } else if let members = statesTakenUp(before: trigger, frame: frame, work, context: context) {
            found.ids = members
        } else if let joint = jointEventSubjects(of: trigger, frame: frameIndex, work) {
            found.take(joint)
        } else if frame.plural_subject == true, following.ids.count >= 2 {
            found.ids = following.ids
            found.end = following.end
        } else if frame.plural_subject == true, let between, between.ids.count >= 2 {
            found.ids = between.ids
            found.end = between.end
        } else if work.token(trigger.range.upperBound - 1, isOneOf: lexicon.keywords.between) {
            return nil // "the normalization agreements between Israel and several Muslim-majority countries": one side named
        } else if frame.states_after == true {
            return nil
        } else if let agentNoun = possessedAgentNoun(trigger, frame: frameIndex, work, context: context) {
            guard let described = agentNoun.subjects else { return nil }
            found.take(described)
        } else if !nominal, let visitor = visitorBeforeWhere(trigger, work, context: context) {
            found.take((ids: visitor.ids, start: visitor.range.lowerBound))
        } else if nominal, let provider = providerOfEvent(trigger, work) {
            found.take(work.coordinated(from: provider, keywords: lexicon.keywords))
        } else if isMasdarAfterPreposition(trigger, work),
                  let owner = affiliatedDoer(after: end, work) ?? eventVerbSubject(of: trigger, work, verbs: .instrumentVerbs) {
            // The forces' owner ("طالب البيان بنشر قوات تابعة للأمم المتحدة"), the one allowed to use ("سمحت مينسك لموسكو باستخدام أراضيها لنشر").
            found.take(work.coordinated(from: owner, keywords: lexicon.keywords))
        } else if let clause = resumptiveClause(of: trigger, work) {
            found.take(work.coordinated(from: clause.subject, keywords: lexicon.keywords))
        } else if !nominal, let own = ownSubjectOfRelativeClause(trigger, frame: frameIndex, work) {
            found.take((ids: own.ids, start: own.range.lowerBound))
        } else if !nominal, !isEnglish(trigger, work), let included = includedSubjects(of: trigger, work, context: context) {
            (found.ids, found.start, found.end) = (included.ids, min(found.start, included.start), max(found.end, included.end))
        } else if !nominal, let after = subjectAfterAttachedPronoun(of: trigger, frame: frameIndex, work) {
            found.take(work.coordinated(from: after, keywords: lexicon.keywords))
        } else if !nominal, hasPluralNounSubject(after: trigger, frame: frameIndex, work) {
            return nil
        } else if let driven = causedSubject(of: trigger, work) {
            found.take((ids: driven.ids, start: driven.range.lowerBound))
        } else if frame.nearest_subject == true {
            guard let nearest = work.actors.last(where: { $0.range.upperBound <= trigger.range.lowerBound && !work.isPrepositional($0) }),
                  !qualifiesNoun(otherThan: nearest, trigger, work) else { return nil }
            found.ids = nearest.ids
            found.start = nearest.range.lowerBound
        } else if frame.possessor_subject == true {
            // "قال هيغسث إن ...، وذلك بعد لقائه": "وذلك" closes the reported clause; the speaker owns the meeting.
            let closed = work.spans.contains { $0.value == .function("clause_closers") && $0.range.upperBound <= trigger.range.lowerBound }
            let clause = (0..<trigger.range.lowerBound).last { work.token($0, isIn: .complementizers, lexicon: lexicon) } ?? -1
            let main = (closed ? work.speechSubject(before: trigger.range.lowerBound) : nil)
                ?? work.actors.first { $0.range.lowerBound > clause && $0.range.upperBound <= trigger.range.lowerBound }
                ?? work.actors.first { $0.range.upperBound <= trigger.range.lowerBound }
            guard let owner = main?.ids.first ?? context.lastPerson() else { return nil }
            found.ids = [owner]
            // "اتفقا خلال لقائهما": a dual pronoun owns the meeting of the two named as the subject.
            if let main, NameFolding.fold(work.sentence.text(of: trigger.range.upperBound - 1)).hasSuffix("هما") {
                let pair = work.coordinated(from: main, keywords: lexicon.keywords).ids
                if pair.count == 2 { found.ids = pair }
            }
            found.start = main?.range.lowerBound ?? found.start
        } else if frame.speaker == true, let namer = namingVerbSubject(before: trigger, work) {
            found.ids = namer.ids
        } else if frame.speaker == true, nominal || affiliatedDoer(after: end, work) == nil { // not "أسقطت مقاتلات تابعة لحلف ..."
            guard let speaker = context.speaker, isReportedSpeech(work), !isNarratedAfterSpeech(trigger, work), !completesCriticism(trigger, work) else { return nil }
            found.ids = [speaker]
        } else if frame.list_subject == true, !work.enumeration.isEmpty {
            found.ids = work.enumeration
        } else if let speaker = speakerOfJointEventNoun(trigger, frame: frame, work, context: context) {
            found.ids = [speaker]
        } else if nominal {
            if isEnglish(trigger, work) {
                if frame.nisba_agent == true, let owner = nisbaAfterOf(trigger, work, context: context) {
                    (found.ids, found.end) = ([owner.state], owner.end)
                } else if let agent = agent(before: trigger.range.lowerBound, work, context: context) {
                    (found.ids, found.start) = agentsJoined(before: agent, work, context: context)
                } else if let agent = nounAgentAfterBy(trigger, work) { // "an attack by Russia on Ukraine"
                    found.take(work.coordinated(from: agent, keywords: lexicon.keywords))
                } else if let holder = havingSubject(of: trigger, work) {
                    found.take(work.coordinatedBefore(holder, keywords: lexicon.keywords, kind: context.kind))
                } else if let holder = englishEventVerbSubject(of: trigger, work) {
                    found.take(work.coordinatedBefore(holder, keywords: lexicon.keywords, kind: context.kind))
                } else if let attacker = attackerBeforeDuring(trigger, frame: frame, work, context: context) {
                    found.ids = [attacker]
                } else {
                    return nil
                }
            } else if let holder = havingSubject(of: trigger, work) {
                found.take((ids: holder.ids, start: holder.range.lowerBound))
            } else if let owner = possessedEventOwner(of: trigger, frame: frameIndex, work, context: context) {
                found.ids = owner.ids
                found.start = min(found.start, owner.range.lowerBound)
            } else if !work.token(end - 1, isOneOf: lexicon.keywords.prepositions), // "علاقات دبلوماسية مع إسرائيل": the partner
                      let agent = agent(after: end, work, context: context), !isPatientGenitive(agent, after: end, of: frame, work, context: context) {
                let more = conjoinedAgents(after: agent.end, first: agent.id, work, context: context)
                found.ids = [agent.id] + more.ids
                found.end = more.end
            } else if let relative = relativeClauseSubject(after: end, work) {
                found.take(work.coordinated(from: relative, keywords: lexicon.keywords))
            } else if frame.nominal_subject_before == true,
                      let before = work.actor(endingBefore: trigger.range.lowerBound, gap: 2) ?? work.actor(beforeTimePhraseEndingAt: trigger.range.lowerBound),
                      !work.hasClauseBreak(before.range.upperBound..<trigger.range.lowerBound), !work.isPrepositional(before),
                      !isSubjectOfEarlierVerb(before, trigger: trigger, work, context: context) {
                found.take(work.coordinatedBefore(before, keywords: lexicon.keywords, kind: context.kind))
            } else if let holder = eventVerbSubject(of: trigger, work),
                      case let adjacent = frame.nominal_subject_before == true || reachesEventNoun(from: holder.range.upperBound, trigger, work),
                      adjacent || work.token(trigger.range.lowerBound - 1, isIn: .eventVerbs, lexicon: lexicon) || followsEventVerbAndTo(trigger, work) {
                if adjacent {
                    found.take(work.coordinated(from: holder, keywords: lexicon.keywords))
                } else { // the verb right before the noun, its subject before it: "أن أستانا تقيم علاقات دبلوماسية"
                    found.take(work.coordinatedBefore(holder, keywords: lexicon.keywords, kind: context.kind))
                }
            } else if trigger.clitic.hasSuffix("ل") || work.token(trigger.range.lowerBound - 1, is: lexicon.keywords.inside),
                      let user = eventVerbSubject(of: trigger, work, verbs: .instrumentVerbs) { // "باستخدام أراضيها لغزو" / "في الهجوم على"
                found.take(work.coordinated(from: user, keywords: lexicon.keywords))
            } else if let attacker = attackerBeforeDuring(trigger, frame: frame, work, context: context) {
                found.ids = [attacker]
            } else {
                return nil
            }
        } else if isEnglish(trigger, work), frame.plural_subject == true, work.token(trigger.range.lowerBound - 1, is: lexicon.keywords.the),
                  participleAgentMarker(after: end, work) == nil, englishRelativeClauseSubjects(after: end, work) == nil {
            return nil
        } else if isEnglish(trigger, work), frame.plural_subject == true, let owners = possessiveClauseOwners(of: trigger, work, context: context) {
            (found.ids, found.start) = (owners.ids, owners.start)
        } else if isEnglish(trigger, work) {
            if let by = work.token(end, is: lexicon.keywords.by) ? end : delayedPassiveBy(of: trigger, work),
               by + 1 < work.tokens.count, work.tokens[by + 1].number < 0 {
                // A passive verb whose agent is named by no actor reads as nothing ("Odesa hit by
                // massive Russian drone attack": the attack noun tells it; "join by 2030" is a date).
                // "hit by cuts to U.S. aid": an actor after another preposition is no agent.
                guard let agent = work.firstActor(in: (by + 1)..<(by + 6)), !work.hasClauseBreak(by..<agent.range.lowerBound),
                      !((by + 1)..<agent.range.lowerBound).contains(where: { work.token($0, isOneOf: lexicon.keywords.prepositions) }) else { return nil }
                found.take(passiveAgents(from: agent, work))
                // "attacks by Russia on Kyiv" is a plural noun with its agent, no passive verb.
                found.passive = by > end || !work.sentence.text(of: end - 1).hasSuffix("s")
            } else if let agent = passiveAgentAfterObject(of: trigger, work) {
                found.ids = work.coordinated(from: agent, keywords: lexicon.keywords).ids
            } else if frame.nisba_agent == true, let agent = passiveNisbaAgent(of: trigger, work) {
                found.ids = [agent.state]
                found.start = agent.at
            } else if let by = participleAgentMarker(after: end, work), let agent = work.firstActor(in: (by + 1)..<(by + 4)) {
                found.take(passiveAgents(from: agent, work))
            } else if frame.plural_subject == true, let pair = englishRelativeClauseSubjects(after: end, work) {
                found.take(pair)
            } else if nominal, let doer = relativeDeedDoer(after: end, work) { // "the strikes that Israel carried out"
                found.take(work.coordinated(from: doer, keywords: lexicon.keywords))
            } else if let cause = causeGerundSubject(of: trigger, work) {
                found.take(work.coordinatedBefore(cause, keywords: lexicon.keywords, kind: context.kind))
            } else if let accused = accusedNisba(before: trigger, work) {
                found.ids = [accused]
            } else if isAgentlessPassive(trigger, frame: frame, work) || isClauseSubjectNoun(trigger, work) || hasUnknownNameBefore(trigger, work) {
                return nil
            } else {
                let colon = (0..<trigger.range.lowerBound).last { work.tokens[$0].mark == ":" } ?? -1 // "Zelensky in Vilnius: Lithuania pledges ..., backs"
                let opening = openingPhraseEnd(after: colon, before: trigger.range.lowerBound, work) // "In a statement issued by her party, Hasina"
                let main = work.actors.first { $0.range.lowerBound > opening && $0.range.upperBound <= trigger.range.lowerBound }
                    .map { possessedHolder(of: $0, before: trigger.range.lowerBound, work) ?? $0 }
                    .flatMap { cutOff($0, from: trigger, work, byEvents: false) ? nil : $0 }
                let infinitive = work.token(trigger.range.lowerBound - 1, is: lexicon.keywords.toEnglish)
                let relativeHead = work.relativeClauseHead(of: trigger.range.lowerBound, lexicon: lexicon)
                let objectControlled: Actor? = infinitive ? work.actor(endingBefore: trigger.range.lowerBound, gap: 10).flatMap { actor in
                    relativeHead.map { actor.range.lowerBound > $0.range.upperBound + 2 } == true
                        && !work.hasClauseBreak(actor.range.upperBound..<trigger.range.lowerBound) ? actor : nil
                } : nil
                // "Lavrov, who travelled to Minsk to meet": the visitor, not the place visited, inside a relative clause too.
                let controller = departureSubject(of: trigger, work) ?? purposeSubject(of: trigger, work) ?? objectControlled
                let before = (controller ?? subjectPastPlace(of: trigger, work)
                    ?? subjectAfterClauseOpeningPreposition(of: trigger, work, context: context) ?? relativeHead
                    ?? work.restrictiveRelativeHead(of: trigger.range.lowerBound, lexicon: lexicon)
                    ?? work.appositionHead(before: afterAuxiliaries(trigger.range.lowerBound, work))
                    ?? appositionHead(beforeVerbOf: trigger, work)
                    ?? (infinitive ? work.appositionHead(before: afterAuxiliaries(trigger.range.lowerBound - 2, work)) : nil)
                    ?? work.actor(endingBefore: trigger.range.lowerBound, gap: infinitive ? 10 : 4)
                    .flatMap { actor in
                        let pronoun = (actor.range.upperBound..<trigger.range.lowerBound).contains { work.token($0, isIn: .subjectPronouns, lexicon: lexicon) }
                        return cutOff(actor, from: trigger, work, byEvents: true) || (work.isPrepositional(actor) && !pronoun)
                            || (infinitive && joinsVerbPhrase(actor.range.upperBound..<trigger.range.lowerBound, work)) ? nil : actor
                    }).map { infinitive ? usedBy($0, work) ?? rankedState(for: $0, work, context: context) ?? $0 : $0 }
                // "while Rahmon, one of the Taliban's critics, urged": after an apposition, when a clause opener cut off the main subject.
                let appositionHead = trigger.range.lowerBound >= 1 && work.tokens[trigger.range.lowerBound - 1].mark == "," ? before : nil
                let participle = isEnglishParticiple(trigger, work)
                let mainClause = continuesClause(trigger, work) || participle
                let opener = gerundOpener(of: trigger, work)
                let speaker = participle || opener.map({ followsSpeechVerb($0, work) }) == true ? work.speechSubject(before: trigger.range.lowerBound) : nil
                let gerundHolder = speaker == nil && takesMainSubject(gerund: trigger, opener: opener, nearest: before, work)
                    ? work.actors.first { $0.range.upperBound < trigger.range.lowerBound && !work.isPrepositional($0) } : nil
                // "Wang Yi, who visited Warsaw ... and urged Poland": a verb joined inside a relative clause is its head's.
                // "said Russia supported the deal but criticised Israel": after "but", the subject of the verb before it first.
                let continuer = work.token(trigger.range.lowerBound - 1, isIn: .continuers, lexicon: lexicon), continued = continuer ? subjectOfVerbBeforeAnd(trigger, work) : nil
                guard let subject = speaker ?? gerundHolder ?? continued ?? (mainClause ? (participle ? main : relativeHead ?? subordinateSubject(before: trigger, work) ?? main ?? appositionHead) : (before ?? main))
                        ?? (mainClause && !continuer ? subjectOfVerbBeforeAnd(trigger, work) : nil) else { return nil }
                let mainList = speaker == nil && subject.range == main?.range
                    ? work.coordinated(from: subject, keywords: lexicon.keywords).ids : []
                if mainList.count >= 2 {
                    (found.ids, found.start) = (mainList, subject.range.lowerBound)
                } else {
                    found.take(work.coordinatedBefore(subject, keywords: lexicon.keywords, kind: context.kind))
                }
            }
        } else if let previously = antecedentSubject(of: trigger, work) {
            found.take(work.coordinated(from: previously, keywords: lexicon.keywords))
        } else if work.token(end, isIn: .droppedSubjectMarkers, lexicon: lexicon), !namesSubjectAfterMarker(trigger, frame: frameIndex, work),
                  let main = work.actors.first,
                  main.range.upperBound <= trigger.range.lowerBound, !work.isPrepositional(main) {
            // "وصل الوزير إلى دمشق، التقى خلالها الرئيس": the visitor meets, the one after is met.
            found.take((ids: work.coordinated(from: main, keywords: lexicon.keywords).ids, start: main.range.lowerBound))
        } else if frame.nisba_agent == true, let owner = nisbaBeforeParticiple(trigger, work) {
            found.ids = [owner]
        } else if frame.nisba_agent == true, nominal || isMasdarAfterPreposition(trigger, work), let owner = nisbaOfWhat(after: end, work) {
            // "سترد روسيا على نشر صواريخ أمريكية في ألمانيا": the nisba of what is deployed deploys it.
            (found.ids, found.end) = ([owner.state], owner.end)
        } else if let owner = ownerOfGoverningNoun(trigger, work) {
            found.take(work.coordinatedBefore(owner, keywords: lexicon.keywords, kind: context.kind))
        } else if let main = work.actors.first, trigger.range.lowerBound > 0,
                  isAccusativeMasdar(trigger, work) || ([",", "،"].contains(work.tokens[trigger.range.lowerBound - 1].mark) || endsWithYear(trigger.range.lowerBound, work))
                    && isParticiple(trigger, work),
                  main.range.upperBound <= trigger.range.lowerBound {
            found.ids = main.ids
            found.start = main.range.lowerBound
        } else if let before = work.actor(endingBefore: trigger.range.lowerBound, gap: 2).flatMap(work.outsideAside) ?? issuerOfText(before: trigger, work)
                    ?? (work.actors.contains { $0.range.lowerBound == end } && !isAnnouncedAfterAside(trigger, work) ? nil : work.actor(beforeAsideEndingAt: trigger.range.lowerBound)),
                  !work.hasClauseBreak(min(work.skippingAside(before.range.upperBound), trigger.range.lowerBound)..<trigger.range.lowerBound),
                  frame.predicate_noun == true || !(work.isPrepositional(before) || isPrepositionalList(before, work, context: context)),
                  !(frame.plural_subject == true && ArabicClitics.endsWithPreposition(trigger.clitic, "ب") && !isPartnerNamedAfter(end, work)),
                  !isSubjectOfEarlierVerb(before, trigger: trigger, work, context: context), !isGenitiveOfGathering(before, work) {
            found.take(work.coordinatedBefore(leadOffice(of: before, work, context: context) ?? before, keywords: lexicon.keywords, kind: context.kind))
        } else if !nominal, let head = describedSubject(before: trigger, work) {
            found.take(work.coordinatedBefore(head, keywords: lexicon.keywords, kind: context.kind))
        } else if frame.plural_subject == true, let holders = eventVerbSubject(of: trigger, work) {
            found.take(work.coordinated(from: holders, keywords: lexicon.keywords))
        } else if let comma = isAppositive(trigger, work) ? trigger.range.lowerBound - 1 : rankedAppositionComma(of: trigger, work),
                  let noun = appositionHead(before: comma, work) {
            found.take(work.coordinatedBefore(noun, keywords: lexicon.keywords, kind: context.kind))
        } else if frame.predicate_noun == true || !isRelativeVerbOfDeed(trigger, work), let head = relativePronounHead(before: trigger, work),
                  !isGenitiveOfGathering(head, work), !(RelationVocabulary.core.isSymmetric(RelationType(frame.type)) && work.isMediator(head, context: context)) {
            // "الاتحاد الأوراسي ومنظمة معاهدة الأمن الجماعي، اللذين يضمان": a dual or plural pronoun takes the list.
            found.take(work.hasPluralRelativePronoun(after: head, lexicon: lexicon)
                ? work.coordinatedBefore(head, keywords: lexicon.keywords, kind: context.kind) : (ids: head.ids, start: head.range.lowerBound))
        } else if frame.predicate_noun == true, trigger.clitic.isEmpty, let owner = possessiveOwner(of: trigger, work) {
            found.take(work.coordinatedBefore(owner, keywords: lexicon.keywords, kind: context.kind))
        } else if frame.predicate_noun == true, trigger.clitic.isEmpty, let main = work.actors.first,
                  main.range.upperBound <= trigger.range.lowerBound, !work.isPrepositional(main) {
            found.take((ids: work.coordinated(from: main, keywords: lexicon.keywords).ids, start: main.range.lowerBound))
        } else if continuesClause(trigger, work), !hasUnnamedFeminineSubject(trigger, work),
                  frame.predicate_noun == true || frontedPhrase(after: end, frame: frameIndex, work) == nil, // "ويتمركز في طاجيكستان جنود روس"
                  work.firstActor(in: end..<(end + (work.token(end, isIn: .listOpeners, lexicon: lexicon) ? 4 : 2)))
                    .map({ isObjectWithComplement($0, frame: frameIndex, work) || work.isPrepositional($0) }) ?? true
                    || agreesWithDroppedSubject(trigger, work) || keepsMainSubject(trigger, work, context: context)
                    || meetsOnePersonAfterComma(trigger, frame: frame, work, context: context)
                    || isFeminineNameAfterMasculineVerb(trigger, work, context: context) || isMasculineTitleAfterFeminineVerb(trigger, work),
                  case let opening = arabicTimeClauseEnd(before: trigger.range.lowerBound, work),
                  let main = subordinateSubject(before: trigger, work) ?? complementSubject(before: trigger, work)
                    ?? work.actors.first(where: { $0.range.lowerBound > opening && !work.isPrepositional($0) }),
                  main.range.upperBound <= trigger.range.lowerBound {
            found.take((ids: work.coordinated(from: main, keywords: lexicon.keywords).ids, start: main.range.lowerBound))
        } else if !isEnglish(trigger, work), let doer = nisbaDoer(of: frameIndex, trigger: trigger, work) {
            found.ids = [doer.state]
            found.end = doer.end
        } else if !isEnglish(trigger, work), !nominal, let owner = affiliatedDoer(after: end, work) {
            found.take(work.coordinated(from: owner, keywords: lexicon.keywords))
        } else if let after = frontedPhrase(after: end, frame: frameIndex, work)?.subject ?? actorAfterVerb(end, work)
                    ?? relativeClauseSubject(after: end, work) ?? personAfterMemberTitle(end, work, context: context),
                  !work.hasClauseBreak(end..<after.range.lowerBound),
                  frame.predicate_noun == true || !(work.isPrepositional(after) || isPrepositionalList(after, work, context: context))
                    || personAfterMemberTitle(end, work, context: context)?.range == after.range, // "عضو المكتب السياسي للحزب ... ووزير الخارجية وانغ يي"
                  !hasUnresolvedTitle(in: end..<after.range.lowerBound, work), !hasEventWord(in: end..<after.range.lowerBound, work) {
            found.take(work.coordinated(from: after, keywords: lexicon.keywords))
        } else if frame.nisba_agent == true, let owner = nisbaOfWhat(after: end, work) {
            found.ids = [owner.state]
            found.end = owner.end
        }
        if found.ids.isEmpty, frame.plural_subject == true, let partners = meetingPartners(before: trigger, work) {
            found.ids = partners
        }
        if found.ids.isEmpty, !nominal, let doer = consequenceDoer(of: trigger, work, context: context) {
            found.take((ids: doer.ids, start: doer.range.lowerBound))
        }
        if found.end > end { found.end = pastAdjective(of: trigger, at: pastApposition(naming: found.ids, at: found.end, work), work) }
        found.ids = found.ids.map(context.actingEntity)
        return found.ids.isEmpty ? nil : found
    }

    /// Whether the list an actor ends starts after a preposition that is not partitive
    /// ("سجناء من ليتوانيا وبولندا": prisoners from them; not "كلا من بولندا وليتوانيا").
    func isPrepositionalList(_ actor: Actor, _ work: SentenceWork, context: DocumentContext) -> Bool {
        let head = listHead(of: actor, work, context: context)
        guard head.range.lowerBound != actor.range.lowerBound, work.isPrepositional(head) else { return false }
        return !work.token(head.range.lowerBound - 2, isIn: .listOpeners, lexicon: lexicon)
    }

    /// Whether the trigger is a definite Arabic noun right after a comma, in apposition to the
    /// actor before the comma ("أرمينيا، العضو في ...", "بيلاروسيا، الحليف الأقرب لموسكو"): the
    /// article and a trigger of the same frame (so that a verb such as "التقى" is not one).
    func isAppositive(_ trigger: Span, _ work: SentenceWork) -> Bool {
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
    func appositionHead(before comma: Int, _ work: SentenceWork) -> Actor? {
        guard var head = work.actor(endingBefore: comma, gap: 0) else { return nil }
        while let earlierComma = (0..<head.range.lowerBound).last(where: { work.tokens[$0].mark == "،" }),
              earlierComma + 1 < work.tokens.count, work.tokens[earlierComma + 1].isWord,
              NameFolding.fold(work.sentence.text(of: earlierComma + 1)).hasPrefix("ال"),
              let outer = work.actor(endingBefore: earlierComma, gap: 0) {
            head = outer
        }
        return head
    }

    /// The head of an English apposition closed by a comma that one to three words naming no
    /// actor (a verb and its auxiliaries) separate from the trigger ("Hungary, a member of the
    /// EU, has imposed sanctions against Russia": Hungary, not the EU, imposes them).
    func appositionHead(beforeVerbOf trigger: Span, _ work: SentenceWork) -> Actor? {
        var comma = trigger.range.lowerBound - 1
        while comma > 0, trigger.range.lowerBound - comma <= 3, work.tokens[comma].isWord, !work.actors.contains(where: { $0.range.contains(comma) }),
              work.spanIndex(startingAt: comma).map({ !work.spans[$0].value.isName }) ?? true { comma -= 1 }
        guard comma < trigger.range.lowerBound - 1, work.tokens[comma].mark == "," else { return nil }
        return work.appositionHead(before: comma + 1)
    }

    /// Whether the trigger is an English word (subject before the verb, object after).
    func isEnglish(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let token = work.tokens[trigger.range.lowerBound]
        return token.utf8End - token.utf8Start == token.end - token.start
    }

    /// The owner of the pronoun of an Arabic noun with a possessive ending ("لأمن حليفتها
    /// موسكو": the actor named last in its clause, مينسك in "أن مينسك لن تسمح بأي تهديد لأمن
    /// حليفتها موسكو"), not the main subject of the sentence.
    func possessiveOwner(of trigger: Span, _ work: SentenceWork) -> Actor? {
        let start = trigger.range.lowerBound
        let word = NameFolding.fold(work.sentence.text(of: start))
        guard word.count >= 5, word.hasSuffix("ها") || word.hasSuffix("ه") else { return nil }
        return work.actors.last { $0.range.upperBound <= start && !work.hasClauseBreak($0.range.upperBound..<start) }
            .flatMap { work.isPrepositional($0) ? nil : $0 }
    }
}
