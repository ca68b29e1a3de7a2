import EntityGraph

/// Reads state institutions: an institution word with a nisba after it (Arabic, "وزارة الدفاع
/// الروسية", "الجيش الأوكراني"; a state before it is no owner: "تزويد روسيا بطائرات مسيرة") or a
/// nisba or state before it (English, "Russian Defence Ministry", "Ukraine's army", "Belarus'
/// army", a capital's possessive: "Beijing's foreign ministry") names one body of that state, an organisation part of the state, or, for words that
/// stand for the state ("السلطات البولندية"), the state itself; words only one state's body bears
/// name it unqualified ("the State Department": `en_form_states`).
struct InstitutionRecognizer {
    let lexicon: Lexicon

    /// Reads the name of an organisation that a state qualifies as that state's institution of
    /// the kind its `national_body` gives: a nisba after it (Arabic) or a state or nisba before it
    /// (English: "Russia's Security Council"). Runs before titles look for their office.
    func requalifyNationalBodies(_ work: SentenceWork, context: DocumentContext) {
        for index in work.spans.indices {
            guard case .entity(let id) = work.spans[index].value else { continue }
            let span = work.spans[index]
            var qualified = false
            if work.sentence.document.isArabic(work.tokens[span.range.lowerBound]) {
                qualified = work.spanIndex(startingAt: span.range.upperBound).map { work.spans[$0].value.isNisba } ?? false
            } else if index > 0, work.adjoins(work.spans[index - 1].range.upperBound, span.range.lowerBound) {
                switch work.spans[index - 1].value {
                case .nisba: qualified = true
                case .entity(let state): qualified = context.kind(state) == .state
                default: break
                }
            }
            if qualified, let kind = lexicon.nationalBodies[id] { work.spans[index].value = .institution(kind) }
        }
    }

    /// The number of tokens of a model designation at `index` ("Tu-95", "H-6", "MiG-31": a short
    /// capitalised Latin word, a glued hyphen and a number), 0 when there is none: "Russian
    /// Tu-95 strategic bombers" are Russia's.
    static func designationLength(at index: Int, _ work: SentenceWork) -> Int {
        guard index + 2 < work.tokens.count, PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, index + 1),
              work.tokens[index + 2].number >= 0, let first = work.sentence.text(of: index).unicodeScalars.first,
              first.isASCII, first.properties.isUppercase, work.tokens[index].utf8End - work.tokens[index].utf8Start <= 4 else { return 0 }
        return 3
    }

    func recognize(_ work: SentenceWork, context: DocumentContext) {
        for (index, span) in work.spans.enumerated() where !work.consumed.contains(index) {
            // After a noun of an organisation the word names its trade ("شركة الطيران البيلاروسية").
            guard case .institution(let kindId) = span.value, let kind = lexicon.institutions[kindId],
                  !Self.isShorthandAsAdjective(kind, span, work),
                  !work.token(span.range.lowerBound - 1, isIn: .organizationNameNouns, lexicon: lexicon) else { continue }
            var state: String?
            var range = span.range
            var used = [index]
            var other: (state: String, span: Int)?
            var naming: Range<Int>? // "المجلس العسكري في باماكو" is named "المجلس العسكري"
            if let next = work.spanIndex(startingAt: span.range.upperBound), !work.consumed.contains(next),
               case .nisba(let found) = work.spans[next].value {
                state = found
                range = span.range.lowerBound..<work.spans[next].range.upperBound
                used.append(next)
                other = coordinatedNisba(after: next, work)
            } else if index > 0, !work.consumed.contains(index - 1),
                      work.adjoins(work.spans[index - 1].range.upperBound, span.range.lowerBound)
                        || work.adjoins(work.spans[index - 1].range.upperBound + Self.designationLength(at: work.spans[index - 1].range.upperBound, work),
                                        span.range.lowerBound),
                      !work.sentence.document.isArabic(work.tokens[span.range.lowerBound]) {
                switch work.spans[index - 1].value {
                case .nisba(let found) where !isAdjectiveBeforeNoun(kind, span, work): state = found
                case .entity(let found) where context.kind(found) == .state && kind.adjective_only != true
                    && !isAdjectiveBeforeNoun(kind, span, work): state = found
                default: state = Self.stateOfCapitalOwner(work.spans[index - 1], work, context: context) // "Beijing's foreign ministry"
                }
                if state != nil {
                    range = work.spans[index - 1].range.lowerBound..<span.range.upperBound
                    used.append(index - 1)
                    other = coordinatedNisba(before: index - 1, work)
                }
            }
            if state == nil, let closing = work.nisbaClosingConstruct(index) {
                state = closing.state
                range = span.range.lowerBound..<work.spans[closing.spans.last!].range.upperBound
                used += closing.spans
            }
            if state == nil,
               let named = (kind.named_with_in == true ? actor(after: span, lexicon.keywords.locative, kinds: [.state], work, context: context) : nil)
                ?? (kind.named_with_from == true ? actor(after: span, lexicon.keywords.origin, kinds: [.state, .organization, .alliance], work, context: context) : nil) {
                state = named.id
                naming = span.range
                range = span.range.lowerBound..<work.spans[named.span].range.upperBound
                used.append(named.span)
            }
            if state == nil { state = Self.formState(kind, span, work) }
            if state == nil { state = Self.leaderState(naming: span, kind, work, context: context) }
            if state == nil { state = earlierBodysState(kind, span, work, context: context) }
            var bareHome = false
            if state == nil, let home = homeStateOfBareBody(span, work, context: context) { (state, bareHome) = (home, true) }
            guard let state else { continue }
            let clitic = work.spans[used.min()!].clitic
            if let other { used.append(other.span) }
            work.consumed.formUnion(used)
            let otherRange = other.map { work.spans[$0.span].range }
            if bareHome { // the words are no name of the state
                context.mention(state)
                work.add(Actor(ids: [state], range: range, clitic: clitic, source: .anaphora))
                continue
            }
            if kind.stands_for_state == true {
                context.mention(state, in: work.sentence, range, clitic: clitic, naming: false)
                work.add(Actor(ids: [state], range: range, clitic: clitic, source: .name))
                if let other, let otherRange {
                    context.mention(other.state, in: work.sentence, otherRange, clitic: work.spans[other.span].clitic, naming: false)
                    work.add(Actor(ids: [other.state], range: otherRange, clitic: work.spans[other.span].clitic, source: .name))
                }
                continue
            }
            let body = Self.body(kind, of: state, range, work, context: context, naming: naming)
            work.add(Actor(ids: [body], range: range, clitic: clitic, source: .name))
            if let other, let otherRange {
                let otherBody = Self.body(kind, of: other.state, otherRange, work, context: context, sharing: span.range)
                work.add(Actor(ids: [otherBody], range: otherRange, clitic: work.spans[other.span].clitic, source: .name))
            }
        }
    }

    /// The state a place named by `span` stands for when an English possessive follows it, the
    /// owner of a state body ("Beijing's foreign ministry": China's).
    static func stateOfCapitalOwner(_ span: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard case .entity(let place) = span.value, context.kind(place) == .place, work.isPossessiveEnding(at: span.range.upperBound) else { return nil }
        let state = context.actingEntity(place)
        return context.kind(state) == .state ? state : nil
    }

    /// The state or organisation of `kinds` named right after one of `prepositions` after an
    /// institution word, by name or capital: "في" / "in" ("وزارة الدفاع في روسيا البيضاء", "the
    /// government in Minsk"), "من" / "from" ("وفداً من حركة حماس"); an Arabic definite adjective
    /// may come between ("الحكومة الانتقالية في هايتي").
    private func actor(after span: Span, _ prepositions: Set<Int32>, kinds: Set<EntityKind>, _ work: SentenceWork,
                       context: DocumentContext) -> (id: String, span: Int)? {
        var preposition = span.range.upperBound
        if !work.token(preposition, isOneOf: prepositions), work.isDefiniteAdjective(preposition) { preposition += 1 }
        guard work.token(preposition, isOneOf: prepositions), let next = work.spanIndex(startingAt: preposition + 1),
              !work.consumed.contains(next), case .entity(let id) = work.spans[next].value else { return nil }
        let acting = context.actingEntity(id)
        return kinds.contains(context.kind(acting)) ? (acting, next) : nil
    }

    /// A second nisba joined by و to the nisba of an institution ("القوات الروسية
    /// والبيلاروسية"): the same body of that other state.
    private func coordinatedNisba(after nisba: Int, _ work: SentenceWork) -> (state: String, span: Int)? {
        guard let next = work.spanIndex(startingAt: work.spans[nisba].range.upperBound), !work.consumed.contains(next),
              case .nisba(let state) = work.spans[next].value, work.spans[next].clitic.hasPrefix("و") else { return nil }
        return (state, next)
    }

    /// A nisba joined by "and" before the nisba of an institution ("Russian and Belarusian
    /// troops"): the same body of that other state.
    private func coordinatedNisba(before nisba: Int, _ work: SentenceWork) -> (state: String, span: Int)? {
        let and = work.spans[nisba].range.lowerBound - 1
        guard nisba > 0, work.token(and, is: lexicon.keywords.and), !work.consumed.contains(nisba - 1),
              work.spans[nisba - 1].range.upperBound == and, case .nisba(let state) = work.spans[nisba - 1].value else { return nil }
        return (state, nisba - 1)
    }

    /// Whether the English words of `span` are one of the kind's adjectives before a lower-case
    /// noun ("has given Ukraine military aid", "any Turkish military role"), not before a verb
    /// ("the Ukraine military said", "has", "launched"), a function word ("the Turkish military in
    /// Syria") nor another institution word ("military drones").
    private func isAdjectiveBeforeNoun(_ kind: LexiconFiles.Institution, _ span: Span, _ work: SentenceWork) -> Bool {
        let next = span.range.upperBound
        guard let adjectives = kind.en_adjectives, adjectives.contains(work.text(span.range).lowercased()),
              work.startsLatin(next, capital: false), work.spanIndex(startingAt: next) == nil else { return false }
        return !work.sentence.text(of: next).hasSuffix("ed") && !work.token(next, isIn: .speechVerbs, lexicon: lexicon)
            && !work.token(next, isIn: .auxiliaries, lexicon: lexicon) && !work.token(next, isIn: .stopwords, lexicon: lexicon)
    }

    /// Whether a shorthand ("الخارجية") stands after a definite noun it qualifies ("السياسة
    /// الخارجية"): then it is an adjective, not the body.
    static func isShorthandAsAdjective(_ kind: LexiconFiles.Institution, _ span: Span, _ work: SentenceWork) -> Bool {
        guard let shorthands = kind.ar_shorthand, span.clitic.isEmpty,
              shorthands.map(NameFolding.fold).contains(NameFolding.fold(work.text(span.range))) else { return false }
        let previous = span.range.lowerBound - 1
        guard previous >= 0, work.tokens[previous].isWord else { return false }
        return NameFolding.fold(work.sentence.text(of: previous)).hasPrefix("ال")
    }

    /// For institution words of a kind with `of_leader` written in full ("رئاسة الجمهورية", not
    /// "مقر الرئاسة" nor "الرئاسة الدورية") or after "the" and before no "of" ("the presidency
    /// said", not "the rotating presidency of the Council"), the state of the holder of that role
    /// the sentence names first, else the state a sentence that the body tells opens with
    /// (`reportedState`), else of the one the document named first ("وصرح المتحدث باسم
    /// رئاسة الجمهورية" after "الرئيس عبد الفتاح السيسي": Egypt); the document's home state, when
    /// it has one, before the one named first ("وزارة الخارجية" in a paper that named its own
    /// minister so).
    static func leaderState(naming span: Span, _ kind: LexiconFiles.Institution, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard let role = kind.of_leader else { return nil }
        let end = span.range.upperBound
        if work.sentence.document.isArabic(work.tokens[span.range.lowerBound]) {
            guard span.range.count >= 2 else { return nil }
        } else {
            guard work.token(span.range.lowerBound - 1, is: context.lexicon.keywords.the), !work.token(end, is: context.lexicon.keywords.of) else { return nil }
        }
        let holds = { (id: String) in
            context.kind(id) == .person && (context.roles[id] ?? context.lexicon.entities[id]?.role(on: context.date)?.role) == role
        }
        if let here = work.actors.first(where: { holds($0.ids[0]) }) { return context.state(of: here.ids[0]) }
        if let teller = reportedState(before: span, work, context: context) { return teller }
        return context.homeState ?? context.history.first { holds($0) }.flatMap(context.state(of:))
    }

    /// The state a sentence opens with when an English body's words stand after a comma, as the
    /// teller of what the sentence reported ("Colombia recalled its ambassador in Washington ...,
    /// the foreign ministry said": Colombia's ministry).
    private static func reportedState(before span: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        var start = span.range.lowerBound - 1
        if work.token(start, is: context.lexicon.keywords.the) { start -= 1 }
        guard start > 0, work.tokens[start].mark == ",", let first = work.spans.first, first.range.lowerBound <= 1,
              case .entity(let id) = first.value, context.kind(context.actingEntity(id)) == .state else { return nil }
        return context.actingEntity(id)
    }

    /// The one state whose body the words of `span` name when nothing before or after them names
    /// another (`en_form_states`: "State Department" is the United States'), if any.
    static func formState(_ kind: LexiconFiles.Institution, _ span: Span, _ work: SentenceWork) -> String? {
        let form = work.text(span.range).lowercased()
        return kind.en_form_states?.first { $0.key.lowercased() == form }?.value
    }

    /// The body of `state` that the tokens of `range` name, mentioned in the graph with its
    /// part_of edge to the state; its id. A nisba coordinated with another ("Philippine and
    /// Chinese coast guard") names its body with the institution words it shares (`shared`); one
    /// placed by "في" / "in" is named by the institution words alone (`naming`), one named by a
    /// possessed noun by the noun with the article (`spelled`: "الحكومة" for "حكومتها").
    static func body(_ kind: LexiconFiles.Institution, of state: String, _ range: Range<Int>, _ work: SentenceWork,
                     context: DocumentContext, sharing shared: Range<Int>? = nil, naming: Range<Int>? = nil, spelled: String? = nil) -> String {
        let clitic = work.clitic(startingAt: range.lowerBound)
        let written = spelled ?? ArabicClitics.withoutProclitic(work.text(naming ?? range), clitic)
        // "القوات الباكستانية والأفغانية": the shared noun comes first in Arabic, last in English.
        let surface = shared.map { $0.lowerBound < range.lowerBound ? work.text($0) + " " + written : written + " " + work.text($0) } ?? written
        let body = context.institution(kind, of: state, surface: surface)
        if shared == nil { context.mention(body, in: work.sentence, range, clitic: clitic) } else { context.mention(body, surface: surface) }
        context.emit(body, .partOf, state, sentence: work.sentence, tokens: range.lowerBound...(range.upperBound - 1),
                     rule: "institution", confidence: 0.8)
        return body
    }
}
