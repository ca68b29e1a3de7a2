import EntityGraph

/// The state of a `national` title written with neither a state nor an owner ("Prime Minister
/// X", "National Security Adviser Ajit Doval"): the state of a colleague named just before, else
/// the state the sentence visits, else the document's home state, else the state of the office
/// it named last, else its first state, else the state of the capital it named last, never the
/// state of someone the sentence says met the titled person (a visitor meets the host's
/// officials) unless that is the colleague's.
extension RoleRecognizer {
    /// The state whose capital its sentence names last before a title ("زار لاريجاني بيروت،
    /// والتقى رئيس مجلس النواب نبيه بري": the speaker is Lebanon's): where a `national` title with
    /// no state of its own is held, the visited state rather than the visitor's.
    func stateNamed(before title: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        for span in work.spans.reversed() where span.range.upperBound <= title.range.lowerBound {
            guard case .entity(let id) = span.value, context.kind(id) == .place else { continue }
            let state = context.actingEntity(id)
            if state != id, context.kind(state) == .state { return state }
        }
        return nil
    }

    /// The state or organisation whose delegation a title with no affiliation of its own heads,
    /// named right before it after a word of `delegation_nouns` ("وترأس وفد طالبان نائب وزير
    /// الداخلية رحمة الله نجيب": the Taliban's minister, not the home state's), or before an agent
    /// phrase of leading and a comma that the title follows, after such a word or, in English,
    /// before it ("وفد مصري برئاسة", "China's delegation, led by Vice Premier Ding Xuexiang").
    func delegationOwner(before title: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        var end = title.range.lowerBound
        if work.token(end - 1, isIn: .deputyWords, lexicon: lexicon) { end -= 1 }
        let isDelegation = { (index: Int) in work.token(index, isInWordList: "delegation_nouns", lexicon: self.lexicon) }
        var possessor: Span?
        if let phrase = work.span(endingAt: end), work.roleOfAgentPhrase(phrase, lexicon: lexicon) == "leader" {
            end = phrase.range.lowerBound - (phrase.range.lowerBound > 0 && [",", "،"].contains(work.tokens[phrase.range.lowerBound - 1].mark) ? 1 : 0)
            if isDelegation(end - 1) { possessor = work.spans.last { work.adjoins($0.range.upperBound, end - 1) } } // "China's delegation"
        }
        guard let owner = possessor ?? work.spans.last(where: { $0.range.upperBound == end && isDelegation($0.range.lowerBound - 1) })
        else { return nil }
        switch owner.value {
        case .nisba(let state): return state
        case .entity(let id):
            let acting = context.actingEntity(id)
            return [.state, .organization].contains(context.kind(acting)) ? acting : nil
        default: return nil
        }
    }

    /// The states of the counterparts its sentence names after a title ("Trade Minister Todd
    /// McClay and his Indian counterpart Piyush Goyal", "ونظيره الهندي"): the holder serves
    /// another state.
    func counterpartStates(after title: Span, _ work: SentenceWork) -> Set<String> {
        var states: Set<String> = []
        for (index, span) in work.spans.enumerated() where span.range.lowerBound >= title.range.upperBound && span.value == .function("counterpart") {
            for neighbour in [index - 1, index + 1] where work.spans.indices.contains(neighbour) {
                let other = work.spans[neighbour]
                guard other.range.upperBound == span.range.lowerBound || other.range.lowerBound == span.range.upperBound,
                      case .nisba(let state) = other.value else { continue }
                states.insert(state)
            }
        }
        return states
    }

    /// The state a leader's title names after "في" right before its holder's name ("رئيس الحكومة
    /// المؤقتة في بنغلاديش محمد يونس"), and the index of its span; nil when no name follows the
    /// state ("التقى الرئيس في روسيا" is no Russian president). An envoy's ("الممثل السامي
    /// الدولي في البوسنة") is not read so: he serves others there.
    func stateAfterLocative(at index: Int, _ work: SentenceWork, context: DocumentContext) -> (id: String, span: Int)? {
        guard work.token(index, isOneOf: lexicon.keywords.locative), let state = work.spanIndex(startingAt: index + 1),
              case .entity(let id) = work.spans[state].value, context.kind(id) == .state,
              namesFollow(work.spans[state].range.upperBound, work, context: context) else { return nil }
        return (id, state)
    }

    /// The state of the person a companion phrase follows (`companionState`), else of the person
    /// joined by و / "and" right before a title, or of the list that person ends ("وفد يضم وزير
    /// الخارجية جان نويل بارو ووزير الداخلية برونو روتايو": Barrot's colleague, France's minister).
    func teammateState(before title: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        let start = title.range.lowerBound
        if let companion = companionState(before: title, work, context: context) { return companion }
        let joined = title.clitic.hasPrefix("و") ? start : work.token(start - 1, is: lexicon.keywords.and) ? start - 1 : nil
        guard let joined else { return nil }
        if let teammate = work.actor(endingBefore: joined, gap: 0) {
            guard context.kind(teammate.ids[0]) == .person else { return nil }
            return context.state(of: teammate.ids[0]) ?? stateOfList(endingWith: teammate.range, work, context: context)
        }
        guard let name = work.spans.last(where: { $0.range.upperBound == joined }), case .entity(let id) = name.value,
              context.kind(id) == .person else { return nil }
        return context.state(of: id) ?? stateOfList(endingWith: name.range, work, context: context)
    }

    /// The state of the last state body its sentence names before a title ("رحبت الحكومة اليمنية
    /// ...، ودعا وزير الخارجية شائع الزنداني": Yemen's minister).
    func stateOfBody(before title: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        for (index, span) in work.spans.enumerated().reversed() where span.range.upperBound <= title.range.lowerBound && index + 1 < work.spans.count {
            guard case .institution = span.value, work.spans[index + 1].range.lowerBound == span.range.upperBound,
                  case .nisba(let state) = work.spans[index + 1].value else { continue }
            return state
        }
        return nil
    }

    /// The state of the document's dateline when the story itself names it ("BUCHAREST, Romania
    /// (AP)" and Romania named after): where the story is told from; an outlet's home city
    /// ("أبوظبي - سكاي نيوز عربية") in a story about other states is not.
    func storyDatelineState(_ context: DocumentContext) -> String? {
        context.datelineState.flatMap { context.history.contains($0) ? $0 : nil }
    }

    /// Whether a leader's title stands over a body the lexicon does not know, named by portfolio
    /// words or by a group's anaphor that named no group ("رئيس البعثة محمد الحسان"): it heads that
    /// body, so no state is guessed for it.
    func isHeadOfUnknownBody(_ title: Span, role: String, portfolioWords: Int, _ work: SentenceWork) -> Bool {
        lexicon.leaderRoles.contains(role) && (portfolioWords > 0
            || work.spanIndex(startingAt: title.range.upperBound).map { work.spans[$0].value == .function("group_anaphora") } == true)
    }

    /// Whether an Arabic word without the article that no span covers and no function list holds
    /// follows a title ("سيلو دالين ديالو، رئيس اتحاد القوى الديمقراطية"; not "رئيس الدولة"): set
    /// after a name, the title heads a body the lexicon does not know, not the office the person
    /// holds elsewhere.
    func headsUnnamedBody(after title: Span, _ work: SentenceWork) -> Bool {
        let next = title.range.upperBound
        return next < work.tokens.count && work.isUncoveredArabicWord(next) && !work.sentence.document.startsWithArticle(work.tokens[next])
    }

    /// The state a leader's bare title before a name the lexicon lacks serves: the one state the
    /// sentence names before the title, first after "in" / "في" ("In Panama, he warned President
    /// Jose Raul Mulino"), or else the state of the story's dateline, when the story names it and
    /// the sentence names no other state before the title ("أطاحت وحدة عسكرية بالرئيس أندري
    /// راجولينا" in a story from Antananarivo), or names it first when the title and name after a
    /// comma say what the sentence reports ("GUATEMALA CITY (AP) — Guatemala will accept more
    /// deportees from the United States, President Bernardo Arevalo said").
    func leaderStateOfTheStory(_ role: String, before title: Span, nameEnd: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard lexicon.leaderRoles.contains(role) else { return nil }
        let named = work.spans.filter { $0.range.upperBound <= title.range.lowerBound }.compactMap { span -> (state: String, span: Span)? in
            switch span.value {
            case .nisba where describesCommonNoun(span, work): return nil // "مهاجر هايتي": whose migrants, no state acting
            case .nisba(let state): return (state, span)
            case .entity(let id): return context.kind(context.actingEntity(id)) == .state ? (context.actingEntity(id), span) : nil
            default: return nil
            }
        }
        if let scene = named.first, case .entity(let id) = scene.span.value, context.kind(id) == .state, named.allSatisfy({ $0.state == id }),
           work.token(scene.span.range.lowerBound - 1, isOneOf: lexicon.keywords.locative) { return id }
        guard let home = storyDatelineState(context) ?? context.datelineState.flatMap({ place in named.contains { $0.state == place } ? place : nil })
        else { return nil }
        let reports = title.range.lowerBound > 0 && work.tokens[title.range.lowerBound - 1].mark == ","
            && work.spans.contains { $0.range.lowerBound == nameEnd && $0.value == .function("speech_verbs") }
        return named.allSatisfy({ $0.state == home }) || reports && named.first?.state == home ? home : nil
    }

    /// Whether a nisba follows an Arabic word that no span or function list covers ("مهاجر
    /// هايتي", "جندي روسي"): it describes people or things of its state.
    private func describesCommonNoun(_ nisba: Span, _ work: SentenceWork) -> Bool {
        nisba.clitic.isEmpty && nisba.range.lowerBound > 0 && work.isUncoveredArabicWord(nisba.range.lowerBound - 1)
    }

    /// The state whose capital (or seat) the document named last ("arrived in New Delhi": India).
    func lastCapitalState(_ context: DocumentContext) -> String? {
        context.searchBackwards(also: []) { id in
            context.kind(id) == .place && context.actingEntity(id) != id && context.kind(context.actingEntity(id)) == .state
        }.map(context.actingEntity)
    }

    /// The states of the people named before a meeting word that stands before `title` in its
    /// sentence ("Wang Yi also met National Security Adviser Ajit Doval": China).
    func guestStates(before title: Span, _ work: SentenceWork, context: DocumentContext) -> Set<String> {
        guard let meeting = work.spans.last(where: { span in
            guard span.range.upperBound <= title.range.lowerBound, case .trigger(let frame) = span.value else { return false }
            return RelationType(lexicon.frames[frame].type) == .metWith
        }) else { return [] }
        let named = work.spans.compactMap { span -> String? in
            guard span.range.upperBound <= meeting.range.lowerBound, case .entity(let id) = span.value else { return nil }
            return id
        }
        let titled = work.actors.filter { $0.range.upperBound <= meeting.range.lowerBound }.map { $0.ids[0] }
        return Set((named + titled).filter { context.kind($0) == .person }.compactMap(context.state(of:)))
    }
}

extension RoleRecognizer {
    /// Whether an Arabic `national` title stands bare before an unknown name in a story that has a
    /// state of its own ("ودعا وزير الخارجية شائع الزنداني" after "الحكومة اليمنية"): the name is
    /// its holder's, whose state the story then gives.
    func isNationalTitleOfTheStory(_ role: String, _ title: Span, _ work: SentenceWork, context: DocumentContext) -> Bool {
        lexicon.nationalRoles.contains(role) && work.sentence.document.isArabic(work.tokens[title.range.lowerBound])
            && (context.homeState ?? context.lastOfficeState ?? context.firstStateNamed ?? stateOfBody(before: title, work, context: context)) != nil
    }
}

extension RoleRecognizer {
    /// The two nisba spans of a community written right before an English title ("Turkish
    /// Cypriot leader", "Bosnian Serb leader"): the title is the community's, no state's.
    func communityBefore(_ index: Int, _ work: SentenceWork) -> [Int]? {
        guard index >= 2, !work.sentence.document.isArabic(work.tokens[work.spans[index].range.lowerBound]),
              work.spans[index - 1].value.isNisba, work.spans[index - 2].value.isNisba,
              work.spans[index - 1].range.upperBound == work.spans[index].range.lowerBound,
              work.spans[index - 2].range.upperBound == work.spans[index - 1].range.lowerBound else { return nil }
        return [index - 2, index - 1]
    }
}

extension RoleRecognizer {
    /// The state of the person a title's holder accompanies: a phrase of list `companion_phrases`
    /// right before the title, or before its English portfolio ("Tajani, who was accompanied by
    /// Interior Minister Matteo Piantedosi", "accompanied by Agriculture Minister John
    /// Steenhuisen", "وصل الوزير ... برفقة وزير الداخلية ..."), the nearest person named before it
    /// (with a title, or by a name of the lexicon or the document).
    func companionState(before title: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        var start = title.range.lowerBound
        while title.range.lowerBound - start < 2, work.isEnglishPortfolioWord(start - 1) { start -= 1 }
        guard let phrase = work.spans.last(where: { $0.range.upperBound == start }),
              phrase.value == .function("companion_phrases") else { return nil }
        let titled = work.actors.last { $0.range.upperBound <= phrase.range.lowerBound && context.kind($0.ids[0]) == .person }
        let named = work.spans.last { span in
            guard span.range.upperBound <= phrase.range.lowerBound, case .entity(let id) = span.value else { return false }
            return context.kind(id) == .person
        }
        let person: String? = if let named, case .entity(let id) = named.value, named.range.upperBound > titled?.range.upperBound ?? -1 { id }
            else { titled?.ids[0] }
        return person.flatMap(context.state(of:))
    }
}
