import EntityGraph

/// What extraction remembers while it reads one document: the graph being built, the people the
/// document introduced, who holds which role, who is speaking, and the order in which entities were
/// mentioned (for anaphora). One thread reads one document, so its properties are not checked for
/// exclusive access at run time (`@exclusivity(unchecked)`).
final class DocumentContext {
    let lexicon: Lexicon
    let document: String
    /// The article date (ISO), from the text or from the caller.
    @exclusivity(unchecked) var date: String?
    @exclusivity(unchecked) var graph = EntityGraph()
    @exclusivity(unchecked) var localNames = PhraseTable<String>()
    /// Entity ids in mention order.
    @exclusivity(unchecked) private(set) var history: [String] = []
    /// Person id → the state or organisation they serve, as read in the text.
    @exclusivity(unchecked) var affiliation: [String: String] = [:]
    /// Person id → the role they hold, as read in the text.
    @exclusivity(unchecked) var roles: [String: String] = [:]
    /// The state of the last office holder named with a title, and the state of the first known
    /// person named with a `national` title and no state ("Prime Minister Narendra Modi" in an
    /// Indian paper, its home): whose office a `national` title named with no state is.
    @exclusivity(unchecked) var lastOfficeState: String?
    /// The role and office of the last title that spoke with no holder named ("..., the secretary of Armenia's
    /// Security Council said"), and its sentence: what a name opening the next sentence to speak holds (`SpeakerNames`).
    @exclusivity(unchecked) var unnamedSpeakingTitle: (role: String, office: String, sentence: Int)?
    @exclusivity(unchecked) var homeState: String?
    /// The state of the place of the document's dateline ("مينسك - 11 سبتمبر", "MINSK (Reuters) -").
    @exclusivity(unchecked) var datelineState: String?
    /// Who is speaking, and who spoke before this sentence; `speaker`, the person speaking now.
    @exclusivity(unchecked) var speakers = SpeakerTrail()
    var speaker: String? { speakers.current }
    /// The two sides of the last meeting or cooperation read: their states, or a group whose people
    /// met ("التقى رئيس الوزراء القطري وفدا من حماس"), what "الجانبان" / "the two sides" refer to.
    @exclusivity(unchecked) private(set) var lastMeetingStates: [String]?
    /// The sentence of the last such meeting, and the last two sides named after بين / "between"
    /// (states or groups: "the agreement between Israel and Hamas") with their sentence.
    @exclusivity(unchecked) private(set) var lastMeetingSentence = -1
    @exclusivity(unchecked) var lastSidesBetween: (ids: [String], sentence: Int)?
    /// The two people of the last meeting or agreement read between people, however many state-level
    /// ones came after it: who "الزعيمان" / "the two leaders" are.
    @exclusivity(unchecked) private(set) var lastMeetingPeople: [String]?
    /// The people a plural title named last, one per state, and its sentence: who "الوزراء" are.
    @exclusivity(unchecked) var lastTitledGroup: (people: [String], sentence: Int)?
    /// The two people of the last meeting where one of them speaks for no state, and its sentence.
    @exclusivity(unchecked) private(set) var lastStatelessMeeting: (people: [String], sentence: Int)?
    /// The states of the last cooperation read, and the sentence it was read in.
    @exclusivity(unchecked) private(set) var lastAgreement: (states: [String], sentence: Int)?
    /// How often each pair of states (in id order) met or cooperated so far, and when last.
    @exclusivity(unchecked) private(set) var pairReadings: [[String]: (count: Int, last: Int)] = [:]
    /// How many meetings and agreements between two states were read so far (the clock of `last`).
    @exclusivity(unchecked) private var meetingsRead = 0
    /// The pair of states the document's meetings and agreements are most often between (of equals,
    /// the one whose states were mentioned more, then the later): what "البلدين" / "the two
    /// countries" refer to when the sentence does not say.
    var mainPair: [String]? {
        let top = pairReadings.values.map(\.count).max()
        return pairReadings.filter { $0.value.count == top }.map { (pair: $0.key, mentions: mentions(of: $0.key), last: $0.value.last) }
            .max { ($0.mentions, $0.last) < ($1.mentions, $1.last) }?.pair
    }
    /// The number of the sentence being read (from 0), the clock of `lastDeeds`.
    @exclusivity(unchecked) var sentenceNumber = 0
    /// Per kind of deed (attacks, sanctions, threats, deployments), who did the last one asserted,
    /// to whom, and in which sentence: what "the strikes" / "الغارات" in a reaction refer to.
    @exclusivity(unchecked) var lastDeeds: [RelationType: Deed] = [:]
    /// Per kind of deed, the last one a reaction was read against ("condemned the attack").
    @exclusivity(unchecked) var reactedDeeds: [RelationType: Deed] = [:]
    /// The last asserted or reported deed of any kind: what "وهو ما انتقدته بكين" refers to.
    @exclusivity(unchecked) private(set) var lastDeed: Deed?
    /// The last criticism read (who criticised whom, in which sentence): what "rejected the accusation" answers.
    @exclusivity(unchecked) private(set) var lastCriticism: Deed?
    /// The one the last support read went to: whom aid announced with no recipient named helps.
    @exclusivity(unchecked) private(set) var lastSupported: String?
    /// The last list of three or more states named together.
    @exclusivity(unchecked) var lastStateList: [String]?
    /// The blocs the document named with an anaphor's head noun next to their name ("the Mercosur
    /// bloc"), by that noun: what "the bloc" refers to while they are in the document.
    @exclusivity(unchecked) var blocsCalled: [String: String] = [:]
    /// The state, bloc, body or person that opened the previous sentence as its subject, if one did;
    /// the person an Arabic one named as the subject of its first verb ("والتقى الوزير الألماني ...").
    @exclusivity(unchecked) var openingSubject: String?
    @exclusivity(unchecked) var openingVerbSubject: String?
    /// The states, blocs or bodies joined by "and" that opened the previous sentence as its
    /// subject, if two or more did.
    @exclusivity(unchecked) var openingSubjects: [String]?
    /// The entities the document introduced (people, places, organisations, state bodies).
    @exclusivity(unchecked) var localEntities: [String: Entity] = [:]
    /// The document's words, for the ids of name variants.
    let words: Tokenizer

    /// Where sentence texts are shared between documents, if anywhere.
    let sentences: SentenceStore?
    /// The document's sentences, for what the whole story names.
    var story: [Sentence] = []
    /// Per person, whether the story writes their name (see `namedHolder`).
    @exclusivity(unchecked) var storyNamesPerson: [String: Bool] = [:]

    init(lexicon: Lexicon, document: String, date: String?, words: Tokenizer, sentences: SentenceStore? = nil) {
        self.lexicon = lexicon
        self.words = words
        self.sentences = sentences
        self.document = document
        self.date = date
        graph.addSource(document)
    }

    /// The kind of an entity known to the lexicon or introduced by the document.
    func kind(_ id: String) -> EntityKind {
        lexicon.entities[id]?.kind ?? localEntities[id]?.kind ?? .unknown
    }

    /// For each entity mentioned, the spellings (word ids) it was added to the graph with.
    @exclusivity(unchecked) private var seenSurfaces: [String: [[Int32]]] = [:]
    /// Entities added to the graph without a spelling.
    @exclusivity(unchecked) private var mentionedPlain: Set<String> = []

    /// Adds the entity to the graph with the surface form of a span of `sentence`, once per
    /// distinct spelling, without the proclitic the span was read with (`clitic`: "للخارجية
    /// البيلاروسية" is named "الخارجية البيلاروسية", "والغرب" "الغرب"); a person's surname written in
    /// a longer name, when it is no phrase of the lexicon, names them for the rest of the document
    /// ("أسعد الشيباني" ... "الشيباني"), and so do the given and father's name that open a
    /// longer one ("محمد بن عبدالرحمن آل ثاني" ... "محمد بن عبدالرحمن") and the honorific before it
    /// with the given name ("Sheikh Mohammed bin Abdulrahman" ... "Sheikh Mohammed"). A surface
    /// that stands for the entity without naming it ("U.S. officials") is seen but no alias, nor
    /// is one with a quotation mark inside ('حركة "الشباب').
    func mention(_ id: String, in sentence: Sentence, _ range: Range<Int>, clitic: String = "", naming: Bool = true) {
        let tokens = sentence.tokens[range]
        if let seen = seenSurfaces[id], seen.contains(where: { $0.elementsEqual(tokens.lazy.map(\.word)) }) { return }
        seenSurfaces[id, default: []].append(tokens.map(\.word))
        let quoted = tokens.contains(where: \.isQuotationMark)
        add(id, surfaceForms: naming && !quoted ? [ArabicClitics.withoutProclitic(sentence.text(range), clitic)] : [])
        let family = sentence.tokens[surname(of: range, sentence)].map(\.word)
        if tokens.count > 1, kind(id) == .person, sentence.tokens[range.upperBound - 1].isWord,
           !lexicon.isFunctionWord(family[0], list: .stopwords), lexicon.phrases.value(exactly: family) == nil {
            localNames.insert(words: family, id)
        }
        if kind(id) == .person, let short = Self.givenAndFatherName(in: range, sentence) {
            localNames.insert(words: sentence.tokens[short].map(\.word), id)
        }
        if kind(id) == .person, tokens.count > 1, range.lowerBound > 0, sentence.tokens[range.lowerBound].isWord,
           lexicon.isFunctionWord(sentence.tokens[range.lowerBound - 1].word, list: .titleQualifiers) {
            localNames.insert(words: [sentence.tokens[range.lowerBound - 1].word, sentence.tokens[range.lowerBound].word], id)
        }
    }

    /// Whether the document has named the state so far: by a spelling of its own, by its capital
    /// or by a person of its ("نظيره الروسي سيرجي لافروف في موسكو").
    func hasNamed(state id: String) -> Bool {
        seenSurfaces[id] != nil || seenSurfaces.keys.contains { lexicon.entities[$0]?.capitalOf == id || state(of: $0) == id }
    }

    /// Adds the entity to the graph (if not yet there) with a surface form it was seen as.
    func mention(_ id: String, surface: String? = nil) {
        if let surface {
            add(id, surfaceForms: [surface])
        } else if mentionedPlain.insert(id).inserted {
            add(id, surfaceForms: [])
        }
    }

    private func add(_ id: String, surfaceForms forms: [String]) {
        if let known = lexicon.entities[id] {
            graph.add(known.entity(surfaceForms: forms))
        } else if var local = localEntities[id] {
            local.addAliases(forms)
            graph.add(local)
        }
    }

    /// Records mentions in reading order, for anaphora.
    func remember(_ ids: [String]) { history += ids }

    /// The holder of `role` in `office` on the article's date when the name written at `range`
    /// is theirs in another spelling (same surname skeleton: "وزير الدفاع الروسي أندريه
    /// بيلاوسوف" is Belousov), else, when there is such a holder, the one holder of any date whose
    /// name it is (a story naming a former president first: its current one is still found);
    /// the spelling then names them for the rest of the document.
    func holder(of role: String, in office: String, spelled sentence: Sentence, _ range: Range<Int>) -> String? {
        let written = sentence.text(range)
        let spelled = { (person: String) in
            self.lexicon.entities[person].map { ($0.arabicNames + $0.englishNames).contains { NameSkeleton.sameSurname(written, $0) } } ?? false
        }
        guard let current = holder(of: role, in: office) else { return nil }
        let matching = spelled(current) ? [current] : lexicon.holders(of: role, in: office).map(\.person).filter(spelled)
        guard Set(matching).count == 1, let person = matching.first else { return nil }
        let tokens = sentence.tokens[range]
        localNames.insert(words: tokens.map(\.word), person)
        if tokens.count > 1 { localNames.insert(words: sentence.tokens[surname(of: range, sentence)].map(\.word), person) }
        return person
    }

    /// The body of a state named by an institution and a nisba ("الجيش الروسي"): an organisation
    /// with id `<state>_<kind>`, part of the state, labelled in Arabic only when so written.
    func institution(_ kind: LexiconFiles.Institution, of state: String, surface: String) -> String {
        let id = "\(state)_\(kind.id)"
        if localEntities[id] == nil {
            let adjective = lexicon.entities[state]?.adjective ?? lexicon.entities[state]?.name ?? state
            let name = "\(adjective) \(kind.en)"
            let labels = surface.unicodeScalars.contains(where: \.isArabicLetter) ? ["ar": surface, "en": name] : ["en": name]
            localEntities[id] = Entity(id: id, name: name, kind: .organization, labels: labels,
                                       aliases: [surface])
            localParents[id] = state
            if kind.armed == true { armedForces.insert(id) }
        }
        return id
    }

    /// The armed forces among the bodies made so far.
    @exclusivity(unchecked) private(set) var armedForces: Set<String> = []

    /// Whether `id` is an armed force: one made for this document from a state's name ("الجيش
    /// الروسي") or a command the lexicon marks `armed` (CENTCOM).
    func isArmedForce(_ id: String) -> Bool {
        armedForces.contains(id) || lexicon.entities[id]?.isArmed == true
    }

    /// The state each body made for this document acts for (`institution`, `CompanyNames`).
    @exclusivity(unchecked) var localParents: [String: String] = [:]

    /// The state an actor stands for: itself for a state, the state a capital or organisation
    /// belongs to, the state a person serves.
    func state(of id: String) -> String? {
        switch kind(id) {
        case .state: return id
        case .place: return lexicon.entities[id]?.capitalOf
        case .organization:
            return (lexicon.entities[id]?.partOf ?? localParents[id]).flatMap { kind($0) == .state ? $0 : nil }
        case .person:
            let served = affiliation[id] ?? lexicon.entities[id]?.role(on: date)?.of
            return served.flatMap { $0 == id ? nil : state(of: $0) }
        default: return nil
        }
    }

    /// The state a place or state is known to lie in: itself, the state of a capital, or the
    /// lexicon's location of the place when that is a state.
    func stateOfPlace(_ id: String) -> String? {
        state(of: id) ?? lexicon.entities[id]?.locatedIn.flatMap { kind($0) == .state ? $0 : nil }
    }

    /// The state or bloc a diplomat the document named as its ambassador or chargé d'affaires
    /// represents: what a state does to the diplomat it does to that state ("استدعت الخارجية
    /// الكورية الجنوبية السفير الروسي" protests to Russia; "سفير الاتحاد الأوروبي" to the EU).
    func diplomatsState(_ id: String) -> String? {
        guard let role = roles[id], role == "ambassador" || role == "charge_d_affaires" else { return nil }
        return affiliation[id].flatMap { kind($0) == .alliance ? $0 : state(of: $0) }
    }

    /// Metonymy: a capital acting politically stands for its state, and so does a state body
    /// named by an institution and a nisba (the Russian army attacks: Russia attacks).
    func actingEntity(_ id: String) -> String {
        if kind(id) == .place, let entry = lexicon.entities[id], let actor = entry.actsFor ?? entry.capitalOf { return actor }
        if let state = localParents[id] { return state }
        return id
    }

    /// Visits mentions from the most recent back, this sentence's own (`recent`) first, until
    /// `visit` returns true; returns the mention it stopped at.
    @discardableResult
    func searchBackwards(also recent: [String], _ visit: (String) -> Bool) -> String? {
        for id in recent.reversed() where visit(id) { return id }
        for id in history.reversed() where visit(id) { return id }
        return nil
    }

    /// The most recently mentioned entity of a kind, the sentence's own mentions first.
    func lastMentioned(_ kind: EntityKind, also recent: [String] = []) -> String? {
        searchBackwards(also: recent) { self.kind($0) == kind }
    }

    /// The last `count` distinct states mentioned (capitals, state bodies and office holders
    /// counted as their states: "وأكد الكرملين ... بين البلدين" counts Russia), other than
    /// those `skipping`.
    func lastStates(_ count: Int, also recent: [String] = [], skipping: [String] = []) -> [String] {
        var found: [String] = []
        searchBackwards(also: recent) { id in
            if let state = self.state(of: id), !found.contains(state), !skipping.contains(state) { found.append(state) }
            return found.count == count
        }
        return found.count == count ? found.reversed() : []
    }

    /// The last `count` people mentioned, the sentence's own mentions first, in mention order;
    /// empty when fewer were: what "القادة الثلاثة" / "the three leaders" refer to. Those
    /// `skipping` are passed over.
    func lastPeople(_ count: Int, also recent: [String] = [], skipping: [String] = []) -> [String] {
        var found: [String] = []
        for id in recent.reversed() + history.suffix(64).reversed() where kind(id) == .person && !found.contains(id) && !skipping.contains(id) {
            found.append(id)
            if found.count == count { return found.reversed() }
        }
        return []
    }

    /// The most recently mentioned person.
    func lastPerson(also recent: [String] = []) -> String? {
        searchBackwards(also: recent) { self.kind($0) == .person }
    }

    /// When explaining: the relations read in the current sentence.
    @exclusivity(unchecked) var readings: [SentenceExplanation.Reading]?

    @exclusivity(unchecked) private var lastSentence: (start: Int, text: String)?

    /// The text of a sentence, made once per sentence however many relations it gives.
    private func sentenceText(_ sentence: Sentence) -> String {
        if let last = lastSentence, last.start == sentence.start { return last.text }
        guard let first = sentence.tokens.first, let end = sentence.tokens.last else { return "" }
        let text = sentences.map { store in sentence.document.withBytes(from: first, to: end) { store.text($0) } } ?? sentence.text
        lastSentence = (sentence.start, text)
        return text
    }

    /// Sentences longer than this many tokens (text without full stops: lists, scraped tables)
    /// give as evidence only a window of `evidenceWindow` tokens either side of the span.
    static let longSentence = 150
    /// Tokens kept either side of the span in the evidence of a long sentence.
    static let evidenceWindow = 40

    /// The evidence text for a span: its sentence, or for a long one the span's surroundings
    /// with "…" where they were cut.
    private func evidenceText(_ sentence: Sentence, _ tokens: ClosedRange<Int>) -> String {
        guard sentence.tokens.count > Self.longSentence else { return sentenceText(sentence) }
        let lower = max(0, tokens.lowerBound - Self.evidenceWindow)
        let upper = min(sentence.tokens.count - 1, tokens.upperBound + Self.evidenceWindow)
        let text = sentence.document.text(from: sentence.tokens[lower], to: sentence.tokens[upper])
        return (lower > 0 ? "… " : "") + text + (upper < sentence.tokens.count - 1 ? " …" : "")
    }

    /// The compass direction opposite each one, for a direction read from the other end.
    private static let oppositeDirections = [
        "north": "south", "south": "north", "east": "west", "west": "east",
        "northeast": "southwest", "southwest": "northeast", "northwest": "southeast", "southeast": "northwest",
    ]

    /// Counts one more meeting or agreement between two states (for `mainPair`).
    private func countPair(_ first: String, _ second: String) {
        let pair = [first, second].sorted()
        meetingsRead += 1
        pairReadings[pair] = ((pairReadings[pair]?.count ?? 0) + 1, meetingsRead)
    }

    /// Counts the states of two people or states who together met or agreed with a third
    /// ("Pashinyan and Aliyev met Trump"): they were at one meeting, and are a pair the
    /// document is about, although no edge is read between them.
    func countCoSubjects(_ subjects: [String]) {
        let states = subjects.compactMap(state(of:))
        guard subjects.count == 2, states.count == 2, states[0] != states[1] else { return }
        countPair(states[0], states[1])
    }

    /// Adds a relation with its evidence and both ends; a symmetric edge is stored with its ends in id
    /// order, its `direction` turned round when they are swapped. Remembers a deed asserted or
    /// reported, and the sides of a meeting or agreement not dated before the article's month.
    func emit(_ source: String, _ type: RelationType, _ target: String, attributes: [String: String] = [:],
              sentence: Sentence, tokens: ClosedRange<Int>, rule: String, confidence: Double) {
        guard source != target else { return }
        var (source, target, attributes) = (source, target, attributes)
        if target < source, RelationVocabulary.core.isSymmetric(type) {
            if let direction = attributes["direction"] { attributes["direction"] = Self.oppositeDirections[direction] }
            (source, target) = (target, source)
        }
        let people = kind(source) == .person || kind(target) == .person // a group is a side where its people meet
        if type == .metWith || type == .cooperatesWith, attributes["date"].map({ $0.prefix(7) >= (date ?? "").prefix(7) }) ?? true, // not a dated earlier deal
           let first = people ? side(source) : state(of: source),
           let second = people ? side(target) : state(of: target), first != second {
            (lastMeetingStates, lastMeetingSentence) = ([first, second], sentenceNumber)
            if kind(source) == .person && kind(target) == .person { lastMeetingPeople = [source, target] }
            if kind(first) == .state, kind(second) == .state {
                if type == .cooperatesWith { lastAgreement = (states: agreementStates(adding: [first, second]), sentence: sentenceNumber) }
                countPair(first, second)
            }
        }
        if type == .metWith || type == .cooperatesWith, kind(source) == .person, kind(target) == .person, side(source) == nil || side(target) == nil {
            lastStatelessMeeting = ([source, target], sentenceNumber)
        }
        if type == .criticizes { lastCriticism = Deed(agents: [source], target: target, sentence: sentenceNumber) }
        if type == .supports { lastSupported = target }
        if Self.deeds.contains(type), attributes["modality"] == nil || attributes["modality"] == "reported" {
            var deed = Deed(agents: [source], target: target, sentence: sentenceNumber)
            if let last = lastDeeds[type], last.target == target, last.sentence == sentenceNumber, !last.agents.contains(source) {
                deed.agents = last.agents + [source]
            }
            lastDeeds[type] = deed
            lastDeed = deed
        }
        mention(source)
        mention(target)
        let first = sentence.tokens[tokens.lowerBound], last = sentence.tokens[tokens.upperBound]
        let evidence = Evidence(document: document, start: first.start, end: last.end,
                                sentence: evidenceText(sentence, tokens), rule: rule)
        let relation = Relation(source: source, type: type, target: target, attributes: attributes,
                                evidence: [evidence], confidence: confidence)
        try? graph.add(relation)
        readings?.append(SentenceExplanation.Reading(relation: relation, rule: rule))
    }
}
