import EntityGraph

/// Relations read from the structure of a phrase rather than from an event verb: borders,
/// capitals, "X in/at Y" locations, places a nisba puts in a state, blocs inside a larger bloc's
/// name, "X with Y" meetings in captions, talks, bodies of another, counterparts, English member
/// nouns ("NATO member Poland"), founders and leaders ("founded by"), plans to join a bloc.
struct StructuralPatterns {
    let lexicon: Lexicon

    func apply(_ work: SentenceWork, context: DocumentContext) {
        borders(work, context: context)
        bordersBetween(work, context: context)
        bordersOfStatesBetween(work, context: context)
        bordersSharedAfterSubject(work, context: context)
        bordersSharedBeforeVerb(work, context: context)
        bordersOfPairs(work, context: context)
        bordersInConstruct(work, context: context)
        neighbouringStates(work, context: context)
        neighboursInApposition(work, context: context)
        backedGroups(work, context: context)
        affiliatedBodies(work, context: context)
        capitals(work, context: context)
        locations(work, context: context)
        forcesWhere(work, context: context)
        organizationsOfStates(work, context: context)
        namesHoldingTheirState(work, context: context)
        possessedOfficeHolders(work, context: context)
        leadersNamedWithOrganizations(work, context: context)
        fightsBetween(work, context: context)
        callsWithObject(work, context: context)
        placesInStates(work, context: context)
        nestedBlocs(work, context: context)
        captionMeetings(work, context: context)
        talksWith(work, context: context)
        leadersOfTalks(work, context: context)
        gatheringMembers(work, context: context)
        namedAllies(work, context: context)
        countedAmongAllies(work, context: context)
        counterpartPairs(work, context: context)
        memberNouns(work, context: context)
        rankedMembers(work, context: context)
        answeredRequests(work, context: context)
        membersOfWhich(work, context: context)
        membersNamedAsGroup(work, context: context)
        partnersInBlocs(work, context: context)
        pairOfMembers(work, context: context)
        leadingStates(work, context: context)
        partiesInFramework(work, context: context)
        rolesNamedByAgent(work, context: context)
        headsOfUnnamedBodies(work, context: context)
        relativeHeads(work, context: context)
        rejectedRoles(work, context: context)
        joiningIntents(work, context: context)
        requestedDeeds(work, context: context)
    }

    /// "تحد أوكرانيا من الغرب بولندا والمجر ومن الشمال بيلاروس" → borders with direction, until the end
    /// of the clause; "حدودها مع ليتوانيا" / "their borders with Belarus" → the state just named, with
    /// those coordinated with it (or else the last state named), borders those listed; "الحدود مع"
    /// without a pronoun is the border of the place where the sentence puts something ("تنشر روسيا
    /// جنودا في إقليم ترانسنيستريا ... على الحدود مع أوكرانيا": Moldova's), else of its main subject
    /// when it names one state ("أعلنت وزارة الدفاع البيلاروسية ... قرب الحدود مع بولندا"; not
    /// "البلدان"); an English border noun takes the state up to five words before it in its clause
    /// ("Finland shares a 1,340-kilometer border with Russia"), or the one its possessive stands for;
    /// an Arabic border phrase ending with "مع" takes the state before it ("وللمجر حدود مع أوكرانيا").
    /// A second Arabic border verb with one state after it and none listed continues the earlier one's
    /// subject ("وتحد روسيا البيضاء بولندا، كما تحد أوكرانيا من الجنوب": Ukraine is Belarus'
    /// neighbour); "their shared border" with one state just named is the border of the two or more
    /// states listed earlier in the sentence. The states listed become the sentence's enumeration.
    private func borders(_ work: SentenceWork, context: DocumentContext) {
        var earlierOwners: [String] = []
        for span in work.spans {
            let possessed: Bool, bare: Bool
            switch span.value {
            case .function("border_triggers") where !work.spans.contains(where: { $0.value == .function("sharing_verbs") && $0.range.upperBound == span.range.lowerBound }),
                 .function("sharing_verbs") where sharesBorder(after: span, work) && !isBorderWord(at: span.range.upperBound, work): // not "وتتقاسم حدوداً مع"
                (possessed, bare) = (false, false)
            case .function("own_borders"), .function("shared_borders"): (possessed, bare) = (true, false)
            case .function("main_subject_borders"): (possessed, bare) = (true, true)
            default: continue
            }
            let trigger = work.tokens[span.range.lowerBound]
            let english = trigger.utf8End - trigger.utf8Start == trigger.end - trigger.start
            // "near the borders of Poland and Lithuania": a noun, no verb of bordering.
            if english, work.token(span.range.lowerBound - 1, is: lexicon.keywords.the), work.token(span.range.upperBound, is: lexicon.keywords.of) { continue }
            var subject: Actor?
            var owners: [String]
            if let owner = pronounBorderOwner(span, work, context: context) {
                owners = [owner]
            } else if bare {
                guard let main = work.actors.first, main.range.upperBound <= span.range.lowerBound, main.ids.count == 1, // not "البلدان"
                      let state = context.state(of: main.ids[0]) else { continue }
                let located = work.actors.last { actor in
                    actor.range.lowerBound >= main.range.upperBound && actor.range.upperBound <= span.range.lowerBound && isLocated(actor, work)
                }
                owners = [located.flatMap { context.stateOfPlace($0.ids[0]) } ?? state]
            } else if possessed {
                // "حدوده مع سوريا": a masculine pronoun skips the states whose names take feminine verbs.
                let his = !english && NameFolding.fold(work.sentence.text(of: span.range.lowerBound)).hasSuffix("ه")
                let earlier = work.actors.last { $0.range.upperBound <= span.range.lowerBound && context.state(of: $0.ids[0]) != nil
                    && (!his || context.kind($0.ids[0]) != .state || lexicon.masculineStates.contains($0.ids[0])) }
                // "تدعم موسكو جهود دول المنطقة ... على حدودها": the states named by a noun between own the border.
                if let earlier, work.spans.contains(where: { $0.value == .function("member_nouns")
                    && $0.range.lowerBound >= earlier.range.upperBound && $0.range.upperBound <= span.range.lowerBound }) { continue }
                let named = earlier.map { work.coordinatedBefore($0, keywords: lexicon.keywords, kind: context.kind).ids.compactMap(context.state(of:)) } ?? []
                let shared = span.value == .function("shared_borders")
                owners = shared && named.count < 2 ? statesListed(before: span.range.lowerBound, work, context: context) ?? context.lastStates(2)
                    : named.isEmpty ? context.lastStates(1) : named
                guard !owners.isEmpty else { continue }
            } else {
                let after = work.firstActor(in: span.range.upperBound..<(span.range.upperBound + 2))
                let before = work.actor(endingBefore: span.range.lowerBound, gap: 2)
                    ?? (english ? actor(wordsBefore: span.range.lowerBound, work) ?? possessiveOwner(of: span, work) : nil)
                        .flatMap { actor in
                            let head = describedHead(actor, before: span.range.lowerBound, work)
                            return work.hasClauseBreak(actor.range.upperBound..<span.range.lowerBound) && head.range == actor.range ? nil : head
                        }
                    ?? (english ? mainSubject(ofVerbJoinedBefore: span.range.lowerBound, work) : nil)
                // "مع" / "with" closing the phrase, or a definite Arabic phrase qualifying the state right before it
                // ("أفغانستان المجاورة لأوزبكستان", "مولدوفا، الواقعة بين رومانيا وأوكرانيا"): the partner follows.
                let qualified = span.range.lowerBound >= 1 && [",", "،"].contains(work.tokens[span.range.lowerBound - 1].mark) ? span.range.lowerBound - 1 : span.range.lowerBound
                let endsWithPartner = work.token(span.range.upperBound - 1, isOneOf: lexicon.keywords.withWords)
                    || (!english && work.sentence.document.startsWithArticle(trigger) && work.actor(endingBefore: qualified, gap: 0) != nil)
                let (apposition, described) = english ? (work.appositionHead(before: span.range.lowerBound),
                    work.describedByApposition(containing: span.range.lowerBound, articles: lexicon.keywords.articles)) : (nil, nil)
                let clauseHead = english ? work.relativeClauseHead(of: span.range.lowerBound, lexicon: lexicon) : nil
                // "its Nakhchivan exclave, which borders": the clause's head, not an actor named before it.
                let afterPronoun = work.token(span.range.lowerBound - 1, isIn: .relativePronouns, lexicon: lexicon) ? clauseHead : nil
                let relativeHead: Actor? = english ? work.restrictiveRelativeHead(ofBorderNoun: span.range.lowerBound, lexicon: lexicon)
                    ?? (work.token(span.range.lowerBound, isIn: .relativePronouns, lexicon: lexicon) ? before : nil) ?? afterPronoun : nil
                subject = english
                    ? relativeHead
                        ?? apposition ?? before.flatMap { context.kind(context.actingEntity($0.ids[0])) == .alliance || work.token($0.range.lowerBound - 1, isOneOf: lexicon.keywords.withWords) ? nil : $0 }
                        ?? clauseHead ?? described ?? before
                    : endsWithPartner ? before : droppedBorderSubject(of: span, first: after, work, context: context) ?? after ?? before
                guard let subject, let id = subject.ids.first.map(context.actingEntity),
                      context.kind(id) == .state || isPlaceOfRelativeClause(subject, span, work, context: context) else { continue }
                // "the conflict between Israel and Iran, which borders Pakistan": a singular verb has one subject.
                let singular = work.token(span.range.upperBound - 1, isIn: .singularVerbs, lexicon: lexicon)
                owners = context.kind(id) == .place || singular ? [id] : (english || endsWithPartner) && subject.range.upperBound <= span.range.lowerBound
                    ? work.coordinatedBefore(subject, keywords: lexicon.keywords, kind: context.kind).ids
                        .map(context.actingEntity).filter { context.kind($0) == .state }
                    : [id]
            }
            var direction: String?
            var listed: [(id: String, direction: String?, end: Int)] = []
            var index = namedNeighboursStart(max(subject?.range.upperBound ?? 0, span.range.upperBound), work)
            if !english, let subject, subject.range.lowerBound >= span.range.upperBound {
                index = work.appositionEnd(after: index, lexicon: lexicon) ?? index
            }
            while index < work.tokens.count, !work.isFullStop(index), !work.opensClause(index),
                  !(work.isClauseBreak(index) && !(english && work.tokens[index].mark == ",") && !continuesArabicList(index, work, context: context)) {
                if english, work.tokens[index].mark == ",", index + 1 < work.tokens.count,
                   !work.token(index + 1, is: lexicon.keywords.and), !work.actors.contains(where: { $0.range.lowerBound == index + 1 }) {
                    break
                }
                let itemEnd = work.token(index - 1, isIn: .placeNouns, lexicon: lexicon) ? index - 1 : index
                if english, work.tokens[index].mark == ",", !work.actors.contains(where: { $0.range.upperBound == itemEnd }) { break }
                if let found = directionPhrase(at: index, work) {
                    let joined = work.tokens[index].word == lexicon.keywords.from
                    if joined, let last = listed.last, last.end == index, last.direction == nil {
                        listed[listed.count - 1].direction = found.direction
                    } else {
                        direction = found.direction
                    }
                    index += found.length
                    continue
                }
                if let actor = work.actors.first(where: { $0.range.lowerBound == index }) {
                    // "Russia's Kaliningrad exclave": the place after a state's possessive is listed too.
                    let possessed = english && work.possessiveLength(before: index) != nil
                    for id in actor.ids where (context.kind(id) == .state || (possessed && context.kind(id) == .place)) && !owners.contains(id) {
                        listed.append((id, direction, actor.range.upperBound))
                    }
                    index = actor.range.upperBound + (english ? work.possessiveLength(at: actor.range.upperBound) ?? 0 : 0)
                    if !english, let region = stateOfRegion(actor, work, context: context), !owners.contains(region.state) {
                        listed.append((region.state, direction, region.end))
                        index = region.end
                    }
                    continue
                }
                if !listed.isEmpty, !isListGap(index, work) || opensPrepositionalPhrase(index, work, context: context) { break }
                // Before any neighbour, a quotation is another phrase ("المجاورة بالتحول إلى "حاملة طائرات" للولايات المتحدة").
                if listed.isEmpty, work.isQuotationMark(index) { break }
                index += 1
            }
            if listed.isEmpty, span.value == .function("shared_borders"), owners.count == 2 {
                (listed, owners) = ([(owners[1], nil, span.range.upperBound)], [owners[0]])
            }
            if listed.isEmpty, !english, let subject, subject.range.lowerBound >= span.range.upperBound, !earlierOwners.isEmpty,
               !earlierOwners.contains(owners[0]) {
                listed = owners.map { ($0, direction, subject.range.upperBound) }
                owners = earlierOwners
            }
            if !listed.isEmpty { earlierOwners = owners }
            for state in listed {
                for owner in owners {
                    context.emit(owner, .borders, state.id, attributes: state.direction.map { ["direction": $0] } ?? [:],
                                 sentence: work.sentence, tokens: span.range.lowerBound...(state.end - 1), rule: "borders", confidence: 0.85)
                }
            }
            if !listed.isEmpty { work.enumeration = listed.map(\.id) }
        }
    }

    /// The first two or more states listed together before `index` in the sentence ("Pakistan and
    /// Afghanistan have agreed ..., after a week of fighting along their shared border").
    private func statesListed(before index: Int, _ work: SentenceWork, context: DocumentContext) -> [String]? {
        for actor in work.actors where actor.range.upperBound <= index {
            let states = work.coordinated(from: actor, keywords: lexicon.keywords).ids.compactMap(context.state(of:))
            if Set(states).count >= 2 { return states }
        }
        return nil
    }

    /// Whether a place is the head of an English relative clause that opens with the border verb
    /// ("its Nakhchivan exclave, which borders Turkey and Iran"): the place itself is the neighbour.
    private func isPlaceOfRelativeClause(_ subject: Actor, _ span: Span, _ work: SentenceWork, context: DocumentContext) -> Bool {
        let start = span.range.lowerBound
        return context.kind(subject.ids[0]) == .place && subject.range.upperBound <= start
            && (work.token(start, isIn: .relativePronouns, lexicon: lexicon) || work.token(start - 1, isIn: .relativePronouns, lexicon: lexicon))
            && !work.sentence.document.isArabic(work.tokens[start])
    }

    /// The state of a region named as a neighbour after its place noun or with its state's
    /// nisba ("تحد ليتوانيا مقاطعة كالينينغراد الروسية": Russia), and where the phrase ends.
    private func stateOfRegion(_ actor: Actor, _ work: SentenceWork, context: DocumentContext) -> (state: String, end: Int)? {
        guard actor.ids.count == 1, context.kind(actor.ids[0]) == .place else { return nil }
        let end = actor.range.upperBound
        if let next = work.spanIndex(startingAt: end), work.spans[next].clitic.isEmpty, case .nisba(let state) = work.spans[next].value {
            return (state, work.spans[next].range.upperBound)
        }
        guard work.token(actor.range.lowerBound - 1, isIn: .placeNouns, lexicon: lexicon),
              let state = lexicon.entities[actor.ids[0]]?.locatedIn, context.kind(state) == .state else { return nil }
        return (state, end)
    }

    /// The last actor before token `index` with at most five words between them, numbers and
    /// marks not counted ("Finland shares a 1,340-kilometer border with Russia"; not "Belarus and
    /// Russia began joint military exercises near the border with Poland").
    private func actor(wordsBefore index: Int, _ work: SentenceWork) -> Actor? {
        guard let actor = work.actors.last(where: { $0.range.upperBound <= index }) else { return nil }
        let words = (actor.range.upperBound..<index).filter { work.tokens[$0].isWord && work.tokens[$0].number < 0 }
        return words.count <= 5 ? actor : nil
    }

    /// The actor an apposition describes when `actor` closes it, with at most two words before
    /// its comma, before token `index` ("Romania, a member of the EU and NATO, shares a border
    /// with Ukraine", "Romania, a NATO member, shares"), else `actor`.
    private func describedHead(_ actor: Actor, before index: Int, _ work: SentenceWork) -> Actor {
        guard let closing = (actor.range.upperBound..<min(index, actor.range.upperBound + 3)).first(where: { !work.tokens[$0].isWord }),
              work.tokens[closing].mark == ",", !work.hasClauseBreak((closing + 1)..<index) else { return actor }
        return work.appositionHead(before: closing + 1) ?? actor
    }

    /// The sentence's opening actor when a verb joined by "and" stands up to five words before a
    /// border noun (numbers and marks not counted), with no actor between ("Finland joined NATO in 2023, ..., and shares a
    /// 1,340-km border with Russia").
    private func mainSubject(ofVerbJoinedBefore index: Int, _ work: SentenceWork) -> Actor? {
        guard let and = (max(0, index - 16)..<index).last(where: { work.token($0, is: lexicon.keywords.and) }),
              (and..<index).filter({ work.tokens[$0].isWord && work.tokens[$0].number < 0 }).count <= 6,
              !work.actors.contains(where: { $0.range.lowerBound > and && $0.range.lowerBound < index }),
              let main = work.actors.first, main.range.lowerBound == 0 else { return nil }
        return main
    }

    /// The actor an English possessive up to eight tokens before a border noun stands for, named
    /// up to three words before the possessive ("Finland will keep its entire 1,340-kilometer
    /// border with Russia closed").
    private func possessiveOwner(of border: Span, _ work: SentenceWork) -> Actor? {
        let start = border.range.lowerBound
        guard let possessive = (max(0, start - 8)..<start).last(where: { work.token($0, isIn: .possessives, lexicon: lexicon) }),
              !work.spans.contains(where: { $0.range.lowerBound > possessive && $0.range.lowerBound < start }) else { return nil }
        return work.actor(endingBefore: possessive, gap: 3)
    }

    /// A direction after من / from ("من الغرب", "ومن الشمال الشرقي") at `index`: the direction and
    /// the phrase's length. Written right after a listed state without و, it is that state's
    /// ("بيلاروسيا من الجنوب"); otherwise it is the direction of the states that follow it.
    func directionPhrase(at index: Int, _ work: SentenceWork) -> (direction: String, length: Int)? {
        guard work.token(index, is: lexicon.keywords.from), index + 1 < work.tokens.count else { return nil }
        if index + 2 < work.tokens.count, let found = lexicon.direction([work.tokens[index + 1].word, work.tokens[index + 2].word]) {
            return (found, 3)
        }
        return lexicon.direction([work.tokens[index + 1].word]).map { ($0, 2) }
    }

    /// Whether an Arabic comma in a border's list is followed by another state or direction joined with
    /// و, which the list goes on to ("بيلاروسيا من الجنوب، وروسيا من الغرب", "من الغرب غيانا، ومن الجنوب البرازيل").
    private func continuesArabicList(_ index: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard work.tokens[index].mark == "،" else { return false }
        if directionPhrase(at: index + 1, work) != nil { return NameFolding.fold(work.sentence.text(of: index + 1)).hasPrefix("و") }
        guard let next = work.actors.first(where: { $0.range.lowerBound == index + 1 }) else { return false }
        return next.clitic == "و" && context.kind(next.ids[0]) == .state
    }

    /// Whether token `index`, between the states a border is listed with, keeps the list going:
    /// a mark, "and" or a list connector ("as well as"), a member noun ("European Union member
    /// Romania"), a noun of a kind of place ("Russia's Kaliningrad exclave and Belarus"), a
    /// preposition or article of a direction ("ومن الغرب", "to the north") or a direction word.
    /// Any other word ends it ("its border with Belarus during the drills held
    /// by Russia": Russia is not listed).
    private func isListGap(_ index: Int, _ work: SentenceWork) -> Bool {
        let token = work.tokens[index]
        guard token.isWord else { return true }
        let keywords = lexicon.keywords
        let connectors = keywords.locative.union([keywords.and, keywords.from, keywords.to, keywords.toEnglish, keywords.the, keywords.of])
        return work.token(index, isOneOf: connectors) || work.token(index, isIn: .listConnectors, lexicon: lexicon)
            || work.token(index, isIn: .placeNouns, lexicon: lexicon)
            || work.spans.contains { $0.range.contains(index) && $0.value == .function("member_nouns") }
            || [token.word, token.readings.0.word, token.readings.1.word].contains { lexicon.direction([$0]) != nil }
    }

    /// Where up to two Arabic adjectives with the article after token `start` end ("إقليم
    /// ترانسنيستريا الانفصالي في مولدوفا"): `start` itself when none stands there.
    private func adjectivesEnd(after start: Int, _ work: SentenceWork) -> Int {
        var index = start
        while index < work.tokens.count, index - start < 2, work.isUnknownWord(index) || !lexicon.isAnyFunctionWord(work.tokens[index].word),
              work.spanIndex(startingAt: index) == nil, work.tokens[index].isWord, work.sentence.document.isArabic(work.tokens[index]),
              work.sentence.document.startsWithArticle(work.tokens[index]),
              work.sentence.document.ends(work.tokens[index], with: "ي") || work.sentence.document.ends(work.tokens[index], with: "ة") {
            index += 1
        }
        return index
    }

    /// An organisation or place directly followed by "ب/في + place or state" → located_in, unless
    /// the place is known to lie in another state ("وواشنطن في سلطنة عمان" is where talks between
    /// the two are held) or in a state when the place after it lies in none ("تدخل واشنطن في بحر
    /// الصين الجنوبي"), or it is named after مع / "with" ("المحادثات مع حكومة طالبان في إسطنبول":
    /// where the talks are); a state's armed force in another state or its place is its deployment.
    private func locations(_ work: SentenceWork, context: DocumentContext) {
        for (first, second) in zip(work.actors, work.actors.dropFirst()) {
            let inner = first.ids[0], outer = second.ids[0]
            let adjacent = second.range.lowerBound == first.range.upperBound && ArabicClitics.endsWithPreposition(second.clitic, "ب")
            let preposition = adjectivesEnd(after: first.range.upperBound, work)
            let withIn = second.range.lowerBound == preposition + 1
                && (work.token(preposition, is: lexicon.keywords.inside) // English "in" only for forces: "a German brigade in Lithuania"
                    || (context.isArmedForce(inner) && work.token(preposition, isOneOf: lexicon.keywords.locative)))
            guard adjacent || withIn, first.source == .name, second.source == .name,
                  [.organization, .place].contains(context.kind(inner)), [.place, .state].contains(context.kind(outer)),
                  !work.token(first.range.lowerBound - 1, isOneOf: lexicon.keywords.withWords) else { continue }
            let tokens = first.range.lowerBound...(second.range.upperBound - 1)
            if context.isArmedForce(inner), let owner = context.state(of: inner), owner != context.stateOfPlace(outer) {
                let host = context.kind(outer) == .place ? context.stateOfPlace(outer) : nil
                context.emit(owner, .deploysTo, host ?? outer, attributes: host == nil ? [:] : ["place": outer], sentence: work.sentence,
                             tokens: tokens, rule: "forces_in", confidence: 0.75)
                continue
            }
            if context.kind(inner) == .place, let known = context.stateOfPlace(inner),
               context.stateOfPlace(outer).map({ $0 != known }) ?? (context.kind(outer) == .place) { continue }
            context.emit(inner, .locatedIn, outer, sentence: work.sentence, tokens: tokens, rule: "located_in", confidence: 0.8)
        }
    }

    /// Whether an actor is where something is: after a locative, or after one with a noun of a
    /// kind of place between ("في إقليم ترانسنيستريا").
    private func isLocated(_ actor: Actor, _ work: SentenceWork) -> Bool {
        let before = actor.range.lowerBound - 1
        return work.isLocative(actor, keywords: lexicon.keywords)
            || (work.token(before, isIn: .placeNouns, lexicon: lexicon) && work.token(before - 1, isOneOf: lexicon.keywords.locative))
    }

    /// A bloc named after a larger one ("الجناح الجنوبي لحلف الأطلسي") → part_of the larger one (not
    /// a state's own body named like an organisation: "Russia's Security Council", nor a group the
    /// lexicon puts elsewhere or nowhere: "كتائب حزب الله" is Iraqi, no part of Hezbollah, and the
    /// Pakistani Taliban no part of the Taliban; nor what the name is against: "التحالف الدولي
    /// لمكافحة تنظيم داعش"; in English only after "of": "the Malawi Congress Party" is no part of
    /// the U.S. Congress); two or more states named in an alliance's name ("the Union State of
    /// Russia and Belarus") are its members.
    private func nestedBlocs(_ work: SentenceWork, context: DocumentContext) {
        for actor in work.actors where actor.source == .name && actor.range.count > 1 {
            let outer = actor.ids[0]
            guard [.alliance, .organization].contains(context.kind(outer)) else { continue }
            var states: [String] = []
            for index in actor.range.dropFirst() {
                guard let found = lexicon.phrases.matchWithClitics(work.tokens, at: index, text: work.sentence.document),
                      index + found.length <= actor.range.upperBound else { continue }
                if case .nisba(let state) = found.value, context.kind(outer) == .alliance { states.append(state) }
                guard case .entity(let inner) = found.value, inner != outer,
                      lexicon.nationalBodies[inner] == nil || lexicon.entities[outer] != nil else { continue }
                if context.kind(inner) == .state, context.kind(outer) == .alliance { states.append(inner) }
                guard [.alliance, .organization].contains(context.kind(inner)), lexicon.entities[outer].map({ $0.partOf == inner }) ?? true,
                      !((index - 2)..<index).contains(where: { work.token($0, isIn: .oppositionWords, lexicon: lexicon) }),
                      work.sentence.document.isArabic(work.tokens[index]) || work.token(index - 1, is: lexicon.keywords.of)
                        || work.token(index - 1, is: lexicon.keywords.the) && work.token(index - 2, is: lexicon.keywords.of) else { continue }
                context.mention(inner)
                context.emit(outer, .partOf, inner, sentence: work.sentence,
                             tokens: actor.range.lowerBound...(actor.range.upperBound - 1), rule: "nested_name", confidence: 0.8)
                break
            }
            guard states.count >= 2 else { continue }
            for state in states {
                context.mention(state)
                context.emit(state, .memberOf, outer, sentence: work.sentence,
                             tokens: actor.range.lowerBound...(actor.range.upperBound - 1), rule: "members_in_name", confidence: 0.8)
            }
        }
    }
}
