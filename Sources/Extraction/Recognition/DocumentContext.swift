import EntityGraph

/// What extraction remembers while it reads one document: the graph being built, the people
/// the document introduced, who holds which role, who is speaking, and the order in which
/// entities were mentioned (for anaphora).
final class DocumentContext {
    let lexicon: Lexicon
    let document: String
    /// The article date (ISO), from the text or from the caller.
    var date: String?
    var graph = EntityGraph()
    var localNames = PhraseTable<String>()
    /// Entity ids in mention order.
    private(set) var history: [String] = []
    /// Person id → the state or organisation they serve, as read in the text.
    var affiliation: [String: String] = [:]
    /// The person currently speaking.
    var speaker: String?
    private var localEntities: [String: Entity] = [:]

    init(lexicon: Lexicon, document: String, date: String?) {
        self.lexicon = lexicon
        self.document = document
        self.date = date
        graph.addSource(document)
    }

    /// The kind of an entity known to the lexicon or introduced by the document.
    func kind(_ id: String) -> EntityKind {
        lexicon.entities[id]?.kind ?? localEntities[id]?.kind ?? .unknown
    }

    /// Adds the entity to the graph (if not yet there) with a surface form it was seen as.
    func mention(_ id: String, surface: String? = nil) {
        let forms = surface.map { [$0] } ?? []
        if let known = lexicon.entities[id] {
            graph.add(known.entity(surfaceForms: forms))
        } else if var local = localEntities[id] {
            local.addAliases(forms)
            graph.add(local)
        }
    }

    /// Records mentions in reading order, for anaphora.
    func remember(_ ids: [String]) { history += ids }

    /// Introduces a person the lexicon does not know, from the words of their name; the full
    /// name and the surname become names the rest of the document is matched against.
    func discoverPerson(words: [String]) -> String {
        let full = words.joined(separator: " ")
        if let known = localNames.match(Tokenizer.tokens(full), at: 0, firstWord: NameFolding.fold(words[0])),
           known.length == words.count {
            return known.value
        }
        var id = Transliteration.slug(full)
        while lexicon.entities[id] != nil { id += "_person" }
        let english = Transliteration.latin(full)
        localEntities[id] = Entity(id: id, name: english, kind: .person, labels: ["ar": full, "en": english],
                                   aliases: [full, words.last!])
        localNames.insert(full, id)
        if words.count > 1 { localNames.insert(words.last!, id) }
        return id
    }

    /// The state an actor stands for: itself for a state, the state a capital or organisation
    /// belongs to, the state a person serves.
    func state(of id: String) -> String? {
        switch kind(id) {
        case .state: return id
        case .place: return lexicon.entities[id]?.capitalOf
        case .organization: return lexicon.entities[id]?.partOf.flatMap { kind($0) == .state ? $0 : nil }
        case .person:
            let served = affiliation[id] ?? lexicon.entities[id]?.role(on: date)?.of
            return served.flatMap { $0 == id ? nil : state(of: $0) }
        default: return nil
        }
    }

    /// Metonymy: a capital acting politically stands for its state.
    func actingEntity(_ id: String) -> String {
        if kind(id) == .place, let state = lexicon.entities[id]?.capitalOf { return state }
        return id
    }

    /// The most recently mentioned entity of a kind, before the given extra mentions.
    func lastMentioned(_ kind: EntityKind, also recent: [String] = []) -> String? {
        (history + recent).last { self.kind($0) == kind }
    }

    /// The last `count` distinct states mentioned (capitals counted as their states).
    func lastStates(_ count: Int, also recent: [String] = []) -> [String] {
        var found: [String] = []
        for id in (history + recent).reversed() {
            let state = kind(id) == .place ? lexicon.entities[id]?.capitalOf : (kind(id) == .state ? id : nil)
            if let state, !found.contains(state) { found.append(state) }
            if found.count == count { break }
        }
        return found.count == count ? found.reversed() : []
    }

    /// The lexicon person holding `role` in `office` on the article date, if the date is known.
    func holder(of role: String, in office: String) -> String? {
        guard let date else { return nil }
        return lexicon.entities.values.sorted { $0.id < $1.id }.first { entity in
            entity.kind == .person && entity.roles.contains {
                $0.role == role && $0.of == office && ($0.from ?? "") <= date && date < ($0.to ?? "9999")
            }
        }?.id
    }

    /// Adds a relation with its evidence; both ends are added to the graph if missing.
    func emit(_ source: String, _ type: RelationType, _ target: String, attributes: [String: String] = [:],
              sentence: Sentence, tokens: ClosedRange<Int>, rule: String, confidence: Double) {
        guard source != target else { return }
        mention(source)
        mention(target)
        let first = sentence.tokens[tokens.lowerBound], last = sentence.tokens[tokens.upperBound]
        let evidence = Evidence(document: document, start: first.start, end: last.end,
                                sentence: sentence.text, rule: rule)
        try? graph.add(Relation(source: source, type: type, target: target, attributes: attributes,
                                evidence: [evidence], confidence: confidence))
    }
}
