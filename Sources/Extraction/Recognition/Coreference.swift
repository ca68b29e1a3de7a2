import EntityGraph

/// Resolves the document's references and turns remaining name spans into actors: "بلاده" / "his
/// country" → the state served by the person just named in the sentence, else by the speaker, else by
/// the last person named, else the state an office title just named; "قواتها" / "its forces" → the
/// state (or alliance) of the actor just named, else of the speaker, else the last state (the forces
/// act for it); "الدولتان" / "the two countries" → the two states the sentence named by nisbas alone
/// (`nisbaPair`), else the two it joined by "and", else the last two states; "الجانبان" / "the two
/// sides" → the sides named after "between", else the doer and target of an attack read since the last
/// meeting, else the states of the last meeting or cooperation read, else the last two states;
/// "الزعيمان" / "the two leaders" → the last two people its sentence named before it, else the people
/// of that meeting, else the last two people named; "القادة الثلاثة" / "the three leaders" → the last
/// three people named; "الدول الثلاث" / "the three countries" → the last three states named together;
/// "الدول الأربع" / "all four countries" → the last four named together; "الحلف" / "the alliance" /
/// "المنظمة" → the last alliance called so by one of its names or `anaphors`, or by none of the
/// anaphors' nouns (حلف شمال الأطلسي, not دولة الاتحاد; "the bloc", which no name holds, is the last
/// alliance; "دول المجلس" a bloc, never a council); "الجماعة" / "the group" → the last organisation
/// holding the word in its names or `anaphors`; "الشركة" / "the company" → the company its sentence
/// named (`companyNamed`); "حليفتها" / "its ally" → the state the state of the actor just named (else
/// of the speaker) met or cooperated with most, else the last other state; "the Gulf state" / "الدولة
/// الخليجية" (lists `region_<id>`) → the last state of that region named.
/// Also finds the speaker of the sentence: the person or organisation next to a speech verb.
struct Coreference {
    let lexicon: Lexicon

    /// Adds an actor for every name span not used by a title, nor a capital naming an accord, nor
    /// a bloc's part after another owner's possessive (`isPartOfOtherOwner`).
    func addNamedActors(_ work: SentenceWork, context: DocumentContext) {
        for (index, span) in work.spans.enumerated() where !work.consumed.contains(index) {
            guard case .entity(let id) = span.value, !isPartOfOtherOwner(span, id: id, work, context: context) else { continue }
            context.mention(id, in: work.sentence, span.range, clitic: span.clitic)
            if AccordNames.namesAccord(span, id, work, context: context) || ownsParty(span, work) { continue }
            let regime = isRegime(of: span, work) ? regimeState(id, context: context) : nil
            work.add(Actor(ids: [regime ?? id], range: span.range, clitic: span.clitic, source: .name))
        }
    }

    /// Whether a name is that of a regime ("نظام لوكاشينكو", "حكومة نتنياهو", "the Lukashenko
    /// regime", "Lukashenko's regime", "نظام كييف"): a regime word right before it, or, in English,
    /// after it ("اتهم بودريس نظام لوكاشينكو": Budrys is no regime).
    private func isRegime(of span: Span, _ work: SentenceWork) -> Bool {
        let first = work.tokens[span.range.lowerBound]
        guard !work.token(span.range.lowerBound - 1, isIn: .regimeWords, lexicon: lexicon) else { return true }
        return first.utf8End - first.utf8Start == first.end - first.start && work.regimeWordFollows(nameEndingBefore: span.range.upperBound)
    }

    /// Whether an English name is the possessor of a party ("Castro's party"): the party acts,
    /// not the person nor the person's state.
    private func ownsParty(_ span: Span, _ work: SentenceWork) -> Bool {
        let after = span.range.upperBound
        return after + 2 < work.tokens.count && work.adjoins(after, after + 2) && work.token(after + 2, isInWordList: "party_words", lexicon: lexicon)
    }

    /// The state a regime named by a person or a capital rules.
    private func regimeState(_ id: String, context: DocumentContext) -> String? {
        switch context.kind(id) {
        case .person, .place: return context.state(of: id)
        default: return nil
        }
    }

    /// Sets `context.speaker` from a speech verb with a person or organisation next to it, a state
    /// right after it ("قالت دوشنبه"), or a participle after a comma ("، معتبرا"): the first actor.
    func findSpeaker(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans {
            guard case .function("speech_verbs") = span.value else { continue }
            let speaks: (Actor) -> Bool = { [.person, .organization].contains(context.kind($0.ids[0])) }
            if let after = work.firstActor(in: span.range.upperBound..<(span.range.upperBound + 2)),
               let speaker = speaks(after) ? after.ids[0] : speakingState(after, rightAfter: span, work, context: context) {
                context.speakers.set(speaker, sentence: context.sentenceNumber)
                return
            }
            if let before = work.actor(endingBefore: span.range.lowerBound, gap: 1), speaks(before) {
                context.speakers.set(before.ids[0], sentence: context.sentenceNumber)
                return
            }
            if span.range.lowerBound > 0, [",", "،"].contains(work.tokens[span.range.lowerBound - 1].mark),
               let main = work.actors.first, main.range.upperBound < span.range.lowerBound, speaks(main) || context.kind(main.ids[0]) == .state {
                context.speakers.set(main.ids[0], sentence: context.sentenceNumber)
                return
            }
        }
    }

    /// The function lists whose phrases refer back to an entity.
    private static let anaphora: Set<String> = ["own_state", "own_forces", "state_pair", "neighbour_pair", "place_pair", "side_pair", "leader_pair", "state_triple",
                                                "alliance_anaphora", "group_anaphora", "ministry_anaphora", "country_anaphora", "person_anaphora",
                                                "kingdom_anaphora", "ally_anaphora", "statement_anaphora", "leader_triple", "leader_quadruple", "state_quadruple", "state_group",
                                                "company_anaphora", "dual_pronouns"]

    /// The prefix of the lists naming a state by its region ("region_gulf": "the Gulf state").
    private static let regionPrefix = "region_"

    /// How many of the sentence's actors before a pronoun are looked at (the document's history
    /// covers the rest), so that a sentence of thousands of words costs no more per pronoun.
    private static let sentenceReach = 24

    /// The ids of the sentence's last actors ending before token `index`, in order.
    /// The person named right before a comma that opens an apposition naming another person, closed
    /// before `index` ("لوكاشينكو، الحليف المقرب للرئيس الروسي فلاديمير بوتين، قد سمح لروسيا
    /// باستخدام أراضي بلاده": Lukashenko's country): the apposition describes the head, who acts.
    private func apposedPersonsHead(before index: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        let people = work.actors.filter { $0.range.upperBound <= index && context.kind($0.ids[0]) == .person }
        guard people.count >= 2, let last = people.last,
              (last.range.upperBound..<index).contains(where: { work.tokens[$0].mark == "," || work.tokens[$0].mark == "،" }),
              let open = (0..<last.range.lowerBound).last(where: { work.tokens[$0].mark == "," || work.tokens[$0].mark == "،" }),
              let head = people.last(where: { $0.range.upperBound == open }) else { return nil }
        return head.ids[0]
    }

    /// Whether a pair phrase that ends with its numeral ("the two") stands before a noun it
    /// counts ("the two companies"), not before the verb it is the subject of ("the two agreed"):
    /// a word that starts no phrase of the lexicon follows it.
    private func isNumeralBeforeNoun(_ span: Span, _ work: SentenceWork) -> Bool {
        let next = span.range.upperBound
        guard work.sentence.text(of: next - 1).lowercased() == "two", next < work.tokens.count, work.tokens[next].isWord else { return false }
        return work.spanIndex(startingAt: next) == nil
    }

    /// Whether an actor is named right after a span, "the" between allowed ("its ally the
    /// Philippines", "حليفتها الفلبين").
    private func isNamedAfter(_ span: Span, _ work: SentenceWork) -> Bool {
        work.actors.contains { $0.range.lowerBound == span.range.upperBound
            || ($0.range.lowerBound == span.range.upperBound + 1 && work.token(span.range.upperBound, is: lexicon.keywords.the)) }
    }

    private func recentActors(before index: Int, _ work: SentenceWork) -> [String] {
        var low = 0, end = work.actors.count
        while low < end {
            let middle = (low + end) / 2
            if work.actors[middle].range.lowerBound < index { low = middle + 1 } else { end = middle }
        }
        var ids: [String] = []
        var seen = 0
        while end > 0, seen < Self.sentenceReach {
            end -= 1
            let actor = work.actors[end]
            guard actor.range.upperBound <= index else { continue }
            ids.insert(contentsOf: actor.ids, at: 0)
            seen += 1
        }
        return ids
    }

    /// Adds actors for pronouns and anaphora: "البلدين" / "the two countries" are the two states of
    /// a meeting named before them in the sentence ("التقى بوتين شريف، وبحثا التجارة بين
    /// البلدين"), else the pair the document's meetings and agreements are most often between,
    /// else the last two states named. A possessive suffix is never written with ة, so
    /// "بلدة" (a town) is not "بلده" (his country), though the two fold alike. Sides named
    /// after "between" are remembered before (for "the two sides" later in the sentence) and
    /// after (for sides the anaphora named).
    func resolveAnaphora(_ work: SentenceWork, context: DocumentContext) {
        rememberSidesBetween(work, context: context)
        defer { rememberSidesBetween(work, context: context) }
        englishSubjectPronouns(work, context: context)
        latterAnaphora(work, context: context)
        complementizerPronouns(work, context: context)
        rememberBlocsCalled(work, context: context)
        // The state "his country" / "whose country" names: the speaker's own, apart from "both nations".
        var ownStates: [String] = []
        for (index, span) in work.spans.enumerated() where !work.consumed.contains(index) {
            let list: String
            switch span.value {
            case .function(let name) where Self.anaphora.contains(name) || name.hasPrefix(Self.regionPrefix): list = name
            case .title where lexicon.leaderPairs.contains(String(NameFolding.fold(work.text(span.range)).dropFirst(span.clitic.count))):
                list = "leader_pair"
            case .trigger(let frame), .nominalTrigger(let frame):
                guard RelationType(lexicon.frames[frame].type) == .alliedWith,
                      lexicon.allyAnaphors.contains(String(NameFolding.fold(work.text(span.range)).dropFirst(span.clitic.count))) else { continue }
                list = "ally_anaphora"
            case .function("own_borders") where work.token(span.range.lowerBound, isInWordList: "neighbour_pronouns", lexicon: lexicon):
                list = "neighbour_anaphora"
            default: continue
            }
            let before = recentActors(before: span.range.lowerBound, work)
            var ids: [String] = []
            switch list {
            case "own_state" where !work.sentence.document.ends(work.tokens[span.range.upperBound - 1], with: "ة"):
                let speaker = work.speechSubject(before: span.range.lowerBound).flatMap { context.kind($0.ids[0]) == .person ? $0.ids[0] : nil }
                let here = personJoined(before: span, work, context: context) ?? speaker // "Maduro and his government": Maduro's
                    ?? apposedPersonsHead(before: span.range.lowerBound, work, context: context)
                    ?? personOpeningSentence(before: span.range.lowerBound, work, context: context) ?? before.last { context.kind($0) == .person }
                let person = here ?? context.speaker ?? context.lastPerson(also: before)
                if let state = person.flatMap(context.state(of:)) ?? before.last(where: { context.kind($0) == .state }) { (ids, ownStates) = ([state], ownStates + [state]) }
            case "own_forces":
                let here = before.last { context.state(of: $0) != nil || context.kind($0) == .alliance }
                let holder = here ?? context.speaker ?? context.lastStates(1, also: before).first
                if let holder, context.kind(holder) == .alliance {
                    ids = [holder]
                } else if let state = holder.flatMap(context.state(of:)) {
                    ids = [state]
                }
            case "ally_anaphora" where isNamedAfter(span, work): // "Washington stood with its ally the Philippines"
                let end = span.range.upperBound
                if let owner = before.last(where: { context.state(of: $0) != nil }).flatMap(context.state(of:)),
                   let ally = work.actors.first(where: { $0.range.lowerBound == end || $0.range.lowerBound == end + 1 }),
                   let allyState = context.state(of: ally.ids[0]), allyState != owner {
                    context.emit(owner, .alliedWith, allyState, sentence: work.sentence, tokens: span.range.lowerBound...(ally.range.upperBound - 1),
                                 rule: "ally_named", confidence: 0.75)
                }
                continue
            case "ally_anaphora":
                let here = before.last { context.state(of: $0) != nil }
                if let owner = (here ?? context.speaker).flatMap(context.state(of:)), let ally = context.ally(of: owner, also: before) {
                    (ids, ownStates) = ([ally], ownStates.filter { $0 != ally }) // his country named again as another's ally: not skipped in "البلدين"
                }
            case "state_pair", "neighbour_pair":
                if let named = statesInApposition(after: span.range.upperBound, count: 2, work, context: context)
                    ?? statesOfLeaderPair(before: span.range.lowerBound, work, context: context)
                    ?? nisbaPair(before: span.range.lowerBound, work, context: context) ?? statesOfCounterparts(before: span.range.lowerBound, work, context: context) {
                    ids = named
                    break
                }
                // Not two of a longer list ("من دول مثل اليمن والصومال وسوريا"): "the two" are named apart from it.
                // "whose country borders both nations" names two others; "his country ... Armenia ... the two" his and the other.
                let mediating = work.mediatingStates(before: span.range.lowerBound, context: context)
                let visited = placesOfMovement(before: span.range.lowerBound, work, context: context)
                let others = context.lastStates(2, also: before.filter { !visited.contains($0) }, skipping: ownStates + mediating)
                let skipped = others.count == 2 ? ownStates + mediating : mediating
                let latest = others.count == 2 ? others : context.lastStates(2, also: before.filter { !visited.contains($0) }, skipping: skipped)
                let listed = context.lastStateList.flatMap { list in latest.allSatisfy(list.contains) ? list : nil }
                let joined = coordinatedPair(before: span.range.lowerBound, work, context: context)
                    ?? clauseSubjectPair(before: span.range.lowerBound, work, context: context)
                let last = joined ?? listed.map { context.lastStates(2, also: before, skipping: $0 + skipped) } ?? latest
                let namedHere = !last.isEmpty && last.allSatisfy { state in before.contains { context.state(of: $0) == state } }
                let named = work.actors.filter { actor in
                    actor.range.upperBound <= span.range.lowerBound && actor.ids.contains { context.state(of: $0).map(last.contains) == true }
                }
                let between = named.count >= 2 ? named[0].range.upperBound..<named[named.count - 1].range.lowerBound : 0..<0
                // Two states joined by و earlier in the sentence or opening two of its clauses, or named in it around a meeting, are the pair.
                ids = joined != nil || namedHere && (hasMeeting(in: 0..<(named.first?.range.lowerBound ?? 0), work)
                                                     || hasMeeting(in: between, work, types: Self.pairingEvents))
                    ? last : context.mainPair ?? last
                if list == "neighbour_pair" { // "the two neighbours" not named in the sentence: the pair the story is about, if any
                    let stated = joined != nil || namedHere
                    if !stated, let main = context.mainPair { ids = main }
                    if stated || context.mainPair != nil { emitNeighbours(ids, span, work, context: context) }
                }
                if let bloc = blocNamed(inside: span, work, context: context) {
                    for state in ids {
                        context.emit(state, .memberOf, bloc, sentence: work.sentence, tokens: span.range.lowerBound...(span.range.upperBound - 1),
                                     rule: "pair_of_members", confidence: 0.75)
                    }
                }
            case "side_pair":
                // Not the last two of a longer list ("رؤساء كازاخستان ... وطاجيكستان ... وتركمانستان ... ووقع الجانبان").
                let latest = context.sidesOfLastMeeting ?? context.lastStates(2, also: before)
                let lists = [context.lastStateList ?? [], context.lastTitledGroup?.people.compactMap(context.state(of:)) ?? []]
                let listed = lists.contains { $0.count > 2 && latest.allSatisfy($0.contains) }
                ids = sidesMetHere(before: span.range.lowerBound, work, context: context) ?? context.sidesNamedBetween()
                    ?? context.sidesOfLastFight() ?? (listed ? [] : latest)
            case "leader_pair" where !isNumeralBeforeNoun(span, work):
                let others = companion(ofPairAt: span, work, context: context).map { [$0] } ?? []
                var named: [String] = []
                for id in before where context.kind(id) == .person && !named.contains(id) && !others.contains(id) { named.append(id) }
                let office = GroupOffice(of: span, work)
                // "الوزيران" after a meeting of presidents: the last two ministers, not the pair that met.
                let met = context.lastMeetingPeople.flatMap { pair in
                    (office == .leaders || pair.allSatisfy { holds(office, $0, context) }) && !pair.contains(where: others.contains) ? pair : nil
                }
                ids = named.count >= 2 ? Array(named.suffix(2)) : met
                    ?? lastLeaders(2, also: before, office: office, skipping: others, context: context)
                    ?? context.lastPeople(2, also: before, skipping: others)
            case "place_pair":
                ids = lastRegions(2, also: before, context: context)
            case "state_triple":
                ids = membersOfGroup(namedIn: span, work) ?? statesNamedTogether(3, before: span.range.lowerBound, work, context: context)
            case "state_quadruple":
                ids = statesNamedTogether(4, before: span.range.lowerBound, work, context: context)
            case "state_group" where !work.actors.contains(where: { $0.range.lowerBound == span.range.upperBound }):
                ids = stateLists(in: work, before: span.range.lowerBound, context: context).last ?? context.lastStateList ?? []
                // "وزراء دفاع تركيا يشار غولر وأذربيجان ذاكر حسنوف ... وبحث الوزراء": the people of those states.
                if let group = context.lastTitledGroup, context.sentenceNumber - group.sentence <= 1,
                   ids.isEmpty || Set(group.people.compactMap(context.state(of:))) == Set(ids) { ids = group.people }
            case "leader_triple":
                ids = lastLeaders(3, also: before, office: GroupOffice(of: span, work), context: context) ?? context.lastPeople(3, also: before)
            case "leader_quadruple":
                ids = lastLeaders(4, also: before, office: GroupOffice(of: span, work), context: context) ?? context.lastPeople(4, also: before)
            case "statement_anaphora":
                if let alliance = context.searchBackwards(also: before, { context.kind($0) == .alliance }) { ids = [alliance] }
            case "alliance_anaphora":
                let head = allianceHead(work.text(span.range)), size = memberCount(near: span, work)
                let qualified = work.isQualifiedNoun(span) || work.span(endingAt: span.range.lowerBound)?.value == .function("member_nouns") // "دول المجلس"
                let called = size == nil ? context.blocsCalled[head].flatMap { context.history.contains($0) ? $0 : nil } : nil
                let alliance = called ?? context.searchBackwards(also: before) { id in
                    if size == nil, !qualified, lexicon.groupNameWords[id]?.contains(head) == true { return true } // "المجلس": the Security Council
                    guard !lexicon.groupsWithoutAnaphors.contains(id) else { return false }
                    if let size { return context.kind(id) == .alliance && lexicon.entities[id]?.memberCount == size }
                    guard context.kind(id) == .alliance, let words = lexicon.allianceNameWords[id] else { return context.kind(id) == .alliance }
                    return words.contains(head) || !lexicon.allianceAnaphorHeads.contains(head) || words.isDisjoint(with: lexicon.allianceAnaphorHeads)
                }
                if let alliance = alliance ?? size.flatMap(allianceOfSize) { ids = [alliance] }
            case "group_anaphora":
                let written = String(NameFolding.fold(work.text(span.range)).dropFirst(span.clitic.count))
                if let group = context.lastGroup(holding: Lexicon.nameWords(written).last ?? "", also: before) { ids = [group] }
            case "company_anaphora":
                if let company = companyNamed(before: span.range.lowerBound, work, context: context) { ids = [company] }
            case "ministry_anaphora":
                if let ministry = context.lastMinistry(also: before) { ids = [ministry] }
            case "person_anaphora":
                let object = objectOfRelativeClause(openedBefore: span, work)
                if let person = openingPerson(span, context: context)
                    ?? (object.map { context.lastPeople(1, also: before, skipping: $0.ids).first } ?? context.lastPerson(also: before)) { ids = [person] }
            case "kingdom_anaphora":
                if let kingdom = context.lastKingdom(also: before) { ids = [kingdom] }
            case "neighbour_anaphora":
                if let neighbour = neighbourNamed(by: span, work, context: context) { ids = [neighbour] }
            case "dual_pronouns": // "وتتشارك بوتسوانا وناميبيا حدودا، وهما عضوان في": the pair just joined by و
                if let last = work.actors.last(where: { $0.range.upperBound <= span.range.lowerBound }),
                   case let pair = work.coordinatedBefore(last, keywords: lexicon.keywords, kind: context.kind).ids, pair.count == 2 { ids = pair }
            case let region where region.hasPrefix(Self.regionPrefix):
                ids = regionalState(span, region: String(region.dropFirst(Self.regionPrefix.count)), also: before, work, context: context)
            case "country_anaphora" where span.range.lowerBound == 0:
                // The state that opened the sentence before, else the one named last.
                ids = context.openingSubject.flatMap { context.kind($0) == .state ? [$0] : nil } ?? context.lastStates(1)
            case "country_anaphora" where isEnglishCountryReference(span, work): // "suspended new lending to the country"
                ids = context.lastStates(1, also: before)
            case "country_anaphora" where opensReportedClause(span, work): // "Shelile said ... that the country was seeking"; an EU commissioner's: the state named last
                ids = work.speechSubject(before: span.range.lowerBound).map { context.state(of: $0.ids[0]).map { [$0] } ?? context.lastStates(1, also: before) } ?? []
            default:
                continue
            }
            guard !ids.isEmpty else { continue }
            work.add(Actor(ids: ids, range: span.range, clitic: span.clitic, source: .anaphora))
        }
    }

    /// The states named in apposition right after a comma following an anaphor ("البلدان، روسيا
    /// وبيلاروسيا،", "the two countries, Armenia and Azerbaijan,"), when they are `count`.
    private func statesInApposition(after end: Int, count: Int, _ work: SentenceWork, context: DocumentContext) -> [String]? {
        guard let list = work.listInApposition(after: end, keywords: lexicon.keywords) else { return nil }
        let states = list.ids.filter { context.kind($0) == .state }
        return list.ids.count == count && states.count == count && Set(states).count == count ? states : nil
    }

    /// Whether a meeting or agreement word (a trigger of a symmetric frame) stands in `range`:
    /// before the states the pair would be are first named ("التقى بوتين شريف، وبحثا ... بين
    /// البلدين") or between them ("وقعت اليابان اتفاقية للتعاون مع الفلبين تسمح بنشر قوات
    /// البلدين"); not "استدعت الخارجية الكورية الجنوبية السفير الروسي احتجاجا على التعاون بين
    /// البلدين", where the cooperation is another pair's. `types` names the relation types that
    /// count instead ("ورحبت الصين، الحليف الوثيق لباكستان، ... ودعت البلدين": no meeting).
    /// The events that make two states named around them the pair a later "the two countries"
    /// means: a meeting or an agreement, and a strike, a threat, an accusation or a sanction of
    /// one by the other ("وتتهم إسرائيل، التي شنت مئات الغارات على الأراضي السورية، ... فيما
    /// تجري الدولتان محادثات").
    private static let pairingEvents: Set<RelationType> = [.metWith, .cooperatesWith, .attacks, .threatens, .criticizes, .sanctions]

    private func hasMeeting(in range: Range<Int>, _ work: SentenceWork, types: Set<RelationType>? = nil) -> Bool {
        work.spans.contains { other in
            guard range.contains(other.range.lowerBound), other.range.upperBound <= range.upperBound,
                  case .trigger(let frame) = other.value else { return false }
            let type = RelationType(lexicon.frames[frame].type)
            return types.map { $0.contains(type) } ?? RelationVocabulary.core.isSymmetric(type)
        }
    }

    /// The last `count` states named in one list before `index`, else apart (`statesNamedApart`),
    /// else the document's last such list; none when that list is of another length.
    private func statesNamedTogether(_ count: Int, before index: Int, _ work: SentenceWork, context: DocumentContext) -> [String] {
        stateLists(in: work, before: index, context: context).last { $0.count == count } ?? statesNamedApart(count, before: index, work, context: context)
            ?? (context.lastStateList?.count == count ? context.lastStateList! : [])
    }

    /// The member states of a group with fixed members named inside an anaphor ("دول البلطيق
    /// الثلاث", "the three Baltic states"), whatever states were named before it.
    private func membersOfGroup(namedIn span: Span, _ work: SentenceWork) -> [String]? {
        let words = work.tokens[span.range].map(\.word)
        let first = work.tokens[span.range.lowerBound].readings
        for start in words.indices {
            for end in (start + 1)...words.count {
                let tail = Array(words[(start + 1)..<end])
                for head in start == 0 ? [words[0], first.0.word, first.1.word] : [words[start]] {
                    if let members = lexicon.groupMembersByName[[head] + tail] { return members }
                }
            }
        }
        return nil
    }

    /// Remembers the last list of three or more states named together in the sentence
    /// ("ليتوانيا ولاتفيا وإستونيا"), what "الدول الثلاث" / "the three countries" refer to later.
    func rememberStateLists(_ work: SentenceWork, context: DocumentContext) {
        if let last = stateLists(in: work, before: work.tokens.count, context: context).last { context.lastStateList = last }
    }

    /// The lists of three or more states named together in the sentence and ending before token
    /// `end`, in order.
    private func stateLists(in work: SentenceWork, before end: Int, context: DocumentContext) -> [[String]] {
        var lists: [[String]] = []
        var index = 0
        while index < work.actors.count, work.actors[index].range.upperBound <= end {
            let list = work.coordinated(from: work.actors[index], keywords: lexicon.keywords)
            if list.ids.count >= 3, list.end <= end, list.ids.allSatisfy({ context.kind($0) == .state }) { lists.append(list.ids) }
            index = work.actors.firstIndex { $0.range.lowerBound >= list.end } ?? work.actors.count
        }
        return lists
    }
}
