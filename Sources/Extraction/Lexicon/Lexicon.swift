import EntityGraph
import Foundation

/// The knowledge extraction runs on: entities, nisbas, titles, relation frames and function
/// words, loaded from the JSON resource files and compiled into one phrase table.
///
/// A reference type, so that the recognizers that hold it share it without copying its tables;
/// it is only written while it is being loaded and is read-only (and safe to share between
/// threads) afterwards. Its properties are therefore not checked for exclusive access at run
/// time (`@exclusivity(unchecked)`), which costs on every read.
public final class Lexicon: @unchecked Sendable {
    /// Entities by id.
    @exclusivity(unchecked) public private(set) var entities: [String: LexiconEntity] = [:]
    /// Relation frames.
    public let frames: [LexiconFiles.Frame]
    /// Kinds of state institution by id.
    @exclusivity(unchecked) public private(set) var institutions: [String: LexiconFiles.Institution] = [:]
    /// Function word lists by name and language.
    public let functionWords: LexiconFiles.FunctionWords
    /// Every word of every phrase and list, folded, with its id.
    @exclusivity(unchecked) public private(set) var words = WordTable(capacity: 8192)
    /// Ids of given names, which start person names.
    @exclusivity(unchecked) public private(set) var givenNames: Set<Int32> = []
    /// Phrases of every category.
    @exclusivity(unchecked) public private(set) var phrases = PhraseTable<LexiconValue>()
    /// One bit per `FunctionList` for every word id.
    @exclusivity(unchecked) private(set) var functionFlags: [UInt64] = []
    @exclusivity(unchecked) private(set) var directionsByWords: [[Int32]: String] = [:]
    /// Ids of each frame's prepositions (words of their own).
    @exclusivity(unchecked) public private(set) var framePrepositions: [Set<Int32>] = []
    /// Ids of each frame's complement words (`complement_words`).
    @exclusivity(unchecked) public private(set) var frameComplementWords: [Set<Int32>] = []
    /// Ids of each frame's words whose English possessor is their object (`possessor_object_words`).
    @exclusivity(unchecked) public private(set) var framePossessorObjectWords: [Set<Int32>] = []
    /// The function-list name the agent phrases of titles are matched as.
    public static let agentPhraseList = "role_agent_phrases"
    /// Folded agent phrase of a title (`agent_phrases`: "founded by") → its role.
    @exclusivity(unchecked) public private(set) var roleOfAgentPhrase: [String: String] = [:]
    /// Folded accusative form of an Arabic title ("رئيسا للحكومة") → its role: what a verb of appointing makes someone.
    @exclusivity(unchecked) public private(set) var roleOfAccusativeTitle: [String: String] = [:]
    /// The roles of `national` titles.
    @exclusivity(unchecked) public private(set) var nationalRoles: Set<String> = []
    /// The roles of titles written with a portfolio (`portfolio`).
    @exclusivity(unchecked) public private(set) var portfolioRoles: Set<String> = []
    /// Role → the kinds its office may be, for titles that say (`office_kinds`).
    @exclusivity(unchecked) public private(set) var titleOfficeKinds: [String: Set<EntityKind>] = [:]
    /// The roles of `shared` titles.
    @exclusivity(unchecked) public private(set) var sharedRoles: Set<String> = []
    /// Roles whose titles serve a person named after "to" (`serves_principal`).
    @exclusivity(unchecked) public private(set) var principalRoles: Set<String> = []
    /// The roles of titles marked `leader`: whose holders "the three leaders" may be.
    @exclusivity(unchecked) public private(set) var leaderRoles: Set<String> = []
    /// The honorific pronouns of titles (`pronouns`: "جلالته"), folded.
    @exclusivity(unchecked) public private(set) var titlePronouns: Set<String> = []
    /// Role → the ids of the words before a posting, for titles that have them (`postings`).
    @exclusivity(unchecked) public private(set) var titlePostings: [String: Set<Int32>] = [:]
    /// Per frame, the word ids of its `requires_after` words (empty: no condition).
    @exclusivity(unchecked) public private(set) var frameRequiredWords: [Set<Int32>] = []
    /// Per frame, whether a seat of power acting in it stands for its state (deployments,
    /// attacks, sanctions: "the Kremlin has stationed weapons" is Russia's deed).
    @exclusivity(unchecked) public private(set) var frameActsAsState: [Bool] = []
    /// Per frame, the index of its `otherwise` frame.
    @exclusivity(unchecked) public private(set) var frameOtherwise: [Int?] = []
    /// Per frame, the index of its `or_frame` frame.
    @exclusivity(unchecked) public private(set) var frameAlternative: [Int?] = []
    /// The states of each region named in `states.json` (`regions`), which the phrases of list
    /// `region_<id>` ("the Gulf state") refer to.
    @exclusivity(unchecked) public private(set) var regionStates: [String: Set<String>] = [:]
    /// Per frame, the word ids of its `undone_by` words and their future forms ("سترفع").
    @exclusivity(unchecked) public private(set) var frameUndoingWords: [Set<Int32>] = []
    /// Per frame, the word ids of its `criticism_when_person` triggers.
    @exclusivity(unchecked) public private(set) var frameCriticismWords: [Set<Int32>] = []
    /// Per frame, the word ids of its `meeting_when_people` triggers.
    @exclusivity(unchecked) public private(set) var frameMeetingWords: [Set<Int32>] = []
    /// The kinds each frame's object may have (nil: any).
    @exclusivity(unchecked) public private(set) var frameObjectKinds: [Set<EntityKind>?] = []
    /// Words the patterns look for.
    @exclusivity(unchecked) public private(set) var keywords = Keywords()
    /// The words of the names (and `anaphors`) of each alliance, folded and without the article,
    /// which decide what "الحلف", "الاتحاد" or "the union" can refer to.
    @exclusivity(unchecked) public private(set) var allianceNameWords: [String: Set<String>] = [:]
    /// The head nouns of the `alliance_anaphora` phrases ("حلف", "اتحاد", "alliance", "bloc")
    /// that some alliance's name holds; an anaphor with another head refers to any alliance.
    @exclusivity(unchecked) public private(set) var allianceAnaphorHeads: Set<String> = []
    /// The head nouns of all `alliance_anaphora` phrases, folded ("alliance", "bloc", "حلف").
    @exclusivity(unchecked) public private(set) var allianceAnaphorNouns: Set<String> = []
    /// The words of the names and `anaphors` of each organisation given anaphors, folded and
    /// without the article: "الجماعة" / "the group" refers back to the last one holding the word.
    @exclusivity(unchecked) public private(set) var groupNameWords: [String: Set<String>] = [:]
    /// The Arabic pronoun suffixes (list `object_suffixes`: ها ه هم هما), object or possessive.
    @exclusivity(unchecked) public private(set) var pronounSuffixes: [String] = []
    /// Organisation id → the kind of state institution its name means when a state qualifies it (`national_body`).
    @exclusivity(unchecked) public private(set) var nationalBodies: [String: String] = [:]
    /// The member states of each group with fixed `members`, by the words of each of its names.
    @exclusivity(unchecked) public private(set) var groupMembersByName: [[Int32]: [String]] = [:]
    /// Alliances that no alliance anaphor refers to (`anaphors` given empty): groups of states.
    @exclusivity(unchecked) public private(set) var groupsWithoutAnaphors: Set<String> = []
    /// The generated forms of Arabic trigger verbs with an object pronoun ("زاره", "تتهمها"),
    /// folded: the pronoun may be the verb's object; a word written with ة that folds like one
    /// ending in ه ("وزارة") is a noun, not such a verb.
    @exclusivity(unchecked) public private(set) var objectPronounVerbForms: Set<String> = []
    /// The `leader_pair` phrases ("الرئيسان", "the two leaders"), folded; some are also dual
    /// titles: such a title with no nisba and no names after it is the pair.
    @exclusivity(unchecked) public private(set) var leaderPairs: Set<String> = []
    /// The word-only lists with no `FunctionList` case (`accord_nouns`, `role_nouns`, ...).
    @exclusivity(unchecked) public private(set) var wordLists = WordListTable()
    /// The word ids of list `antecedent_verbs` ("سبق": "وسبق لعراقجي أن زار").
    @exclusivity(unchecked) public private(set) var antecedentVerbs: Set<Int32> = []
    /// The states whose Arabic names take masculine verbs (`masculine_ar`).
    @exclusivity(unchecked) public private(set) var masculineStates: Set<String> = []
    /// The states that wage or waged a war (`wars`) against each state, by the target's id.
    @exclusivity(unchecked) public private(set) var warAgents: [String: [String]] = [:]
    /// The folded words of list `ally_anaphora` ("حليفتها"), also read as the ally frame's triggers.
    @exclusivity(unchecked) public private(set) var allyAnaphors: Set<String> = []
    /// People by the skeleton (`NameSkeleton`) of an Arabic surname of theirs without the article,
    /// of `surnameSkeletonLength` letters or more, no other person's: a long unknown word with
    /// that skeleton is their surname in another spelling ("ستولتنبيرغ").
    @exclusivity(unchecked) public private(set) var surnameSkeletons: [String: String] = [:]
    /// States by the word id of their `ar_after_preposition` names (dense, indexed by word id:
    /// read for every unmatched word of a text).
    @exclusivity(unchecked) private(set) var statesAfterPreposition: [String?] = []
    /// Places whose Arabic name a state shares (`ar_shared`), by the state's id, with the folded
    /// name and the words whose presence in a document makes the name the place's ("عمان": Amman
    /// where Jordan is named).
    @exclusivity(unchecked) public private(set) var placesSharingStateNames: [String: (name: String, place: String, cues: [String])] = [:]
    /// States by the word id of the forms of their `nisba_after_forces_ar` stems (dense).
    @exclusivity(unchecked) private(set) var nisbasAfterForces: [String?] = []
    /// People by the word id of the given name a two-word Arabic name of theirs starts with, and
    /// the skeleton of its surname: the given name and a word of that skeleton name them in another
    /// spelling ("دونالد ترمب" is Trump, "صادر جباروف" Japarov), a name context where three letters
    /// of skeleton suffice.
    /// Indexed by word id (dense: read for every unmatched word of a text).
    @exclusivity(unchecked) private(set) var surnamesAfterGivenName: [[(skeleton: String, person: String)]] = []
    /// The fewest letters a surname skeleton needs to identify a person out of a name context.
    static let surnameSkeletonLength = 5
    /// Dated holders of each (role, office), in id order.
    @exclusivity(unchecked) private(set) var holdersByOffice: [String: [(person: String, from: String?, to: String?)]] = [:]

    /// Loads every lexicon file from a directory, then the user's extension files (see
    /// `LexiconFiles.Extension`): their entries are added, and replace entries with the same id.
    public init(directory: URL, adding extensions: [URL] = []) throws {
        func read<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
            let url = directory.appendingPathComponent(name)
            do {
                return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
            } catch {
                throw LexiconError.invalid(file: name, reason: "\(error)")
            }
        }
        var states = try read("states.json", as: [LexiconFiles.State].self)
        var places = try read("places.json", as: [LexiconFiles.Place].self)
        var organizations = try read("organizations.json", as: [LexiconFiles.Organization].self)
        var people = try read("people.json", as: [LexiconFiles.Person].self)
        var titles = try read("titles.json", as: [LexiconFiles.Title].self)
        for url in extensions {
            let added: LexiconFiles.Extension
            do {
                added = try JSONDecoder().decode(LexiconFiles.Extension.self, from: Data(contentsOf: url))
            } catch let error as DecodingError {
                throw LexiconError.invalid(file: url.path, reason: LexiconError.describe(error))
            } catch {
                throw LexiconError.missing(url.path)
            }
            states = Self.replacing(states, with: added.states ?? [], id: \.id)
            places = Self.replacing(places, with: added.places ?? [], id: \.id)
            organizations = Self.replacing(organizations, with: added.organizations ?? [], id: \.id)
            people = Self.replacing(people, with: added.people ?? [], id: \.id)
            titles += added.titles ?? []
        }
        frames = try read("frames.json", as: [LexiconFiles.Frame].self)
        functionWords = try read("function_words.json", as: LexiconFiles.FunctionWords.self)
        let months = try read("months.json", as: [String: Int].self)
        let institutionKinds = try read("institutions.json", as: [LexiconFiles.Institution].self)
        givenNames = givenNameWords(listed: try read("given_names.json", as: [String: [String]].self), people: people)
        let objectSuffixes = functionWords.lists[FunctionList.objectSuffixes.rawValue]?["ar"] ?? []
        for list in FunctionList.allCases {
            var forms = Array((functionWords.lists[list.rawValue] ?? [:]).values.joined())
            if list == .eventVerbs { forms += forms.flatMap { ObjectPronounForms.forms(of: $0, suffixes: objectSuffixes) + FutureForms.forms(of: $0) } }
            for form in forms {
                guard case let ids = intern(form), ids.count == 1 else { continue }
                let word = Int(ids[0])
                if functionFlags.count <= word { functionFlags += [UInt64](repeating: 0, count: word + 1 - functionFlags.count) }
                functionFlags[word] |= list.bit
            }
        }
        for (phrase, direction) in functionWords.directions { directionsByWords[intern(phrase)] = direction }
        frameObjectKinds = frames.map { frame in frame.object_kinds.map { Set($0.compactMap(EntityKind.init(rawValue:))) } }
        framePrepositions = frames.map { Set($0.preps.map { intern($0) }.filter { $0.count == 1 }.map { $0[0] }) }
        frameComplementWords = frames.map { Set(($0.complement_words ?? []).compactMap { intern($0).first }) }
        framePossessorObjectWords = frames.map { Set(($0.possessor_object_words ?? []).compactMap { intern($0).first }) }
        frameCriticismWords = frames.map { Set(($0.criticism_when_person ?? []).compactMap { intern($0).first }) }
        frameMeetingWords = frames.map { Set(($0.meeting_when_people ?? []).compactMap { intern($0).first }) }
        frameRequiredWords = frames.map { Set(($0.requires_after ?? []).compactMap { intern($0).first }) }
        frameUndoingWords = frames.map { Set(($0.undone_by ?? []).flatMap { [$0] + FutureForms.forms(of: $0) }.compactMap { intern($0).first }) }
        frameActsAsState = frames.map { [RelationType.deploysTo, .attacks, .sanctions].contains(RelationType($0.type)) }
        let frameNames = frames.map(\.name)
        let frameNamed = { (frame: LexiconFiles.Frame, name: String) throws -> Int in
            guard let index = frameNames.firstIndex(of: name) else {
                throw LexiconError.invalid(file: "frames.json", reason: "frame \(frame.name): no frame named \(name)")
            }
            return index
        }
        frameOtherwise = try frames.map { frame in try frame.otherwise.map { try frameNamed(frame, $0) } }
        frameAlternative = try frames.map { frame in try frame.or_frame.map { try frameNamed(frame, $0) } }
        try Self.checkAlternativeChains(frames, frameAlternative)
        keywords = Keywords(intern: { self.intern($0).first ?? -1 })
        for state in states {
            var entity = LexiconEntity(id: state.id, name: state.en, kind: .state, arabicNames: state.ar,
                                       englishNames: [state.en] + (state.en_aliases ?? []), roles: [])
            entity.adjective = state.nisba_en?.first
            entity.sharedNisbaStems = state.nisba_shared_ar ?? []
            for form in entity.sharedNisbaStems.flatMap(NisbaForms.forms(ofStem:)) { _ = intern(form) }
            add(entity)
            for stem in state.nisba_ar ?? [] {
                for form in NisbaForms.forms(ofStem: stem) { insertPhrase(form, .nisba(state.id)) }
            }
            for name in state.ar_after_preposition ?? [] {
                guard let word = intern(name).first else { continue }
                Self.grow(&statesAfterPreposition, toHold: word, with: nil)
                statesAfterPreposition[Int(word)] = state.id
            }
            for form in (state.nisba_after_forces_ar ?? []).flatMap(NisbaForms.forms(ofStem:)) {
                guard let word = intern(form).first else { continue }
                Self.grow(&nisbasAfterForces, toHold: word, with: nil)
                nisbasAfterForces[Int(word)] = state.id
            }
            let plurals = state.nisba_plural_ar ?? []
            let accusatives = plurals.filter { !$0.hasPrefix("ال") }.map { $0 + "ا" }
            for form in plurals + accusatives + (state.nisba_en ?? []) { insertPhrase(form, .nisba(state.id)) }
        }
        for place in places {
            var entity = LexiconEntity(id: place.id, name: place.en, kind: .place, arabicNames: place.ar + (place.ar_in_context ?? []),
                                       englishNames: [place.en] + (place.en_aliases ?? []), locatedIn: place.located_in, roles: [])
            (entity.actsFor, entity.isWater, entity.isNewsHub, entity.namesNeedingContext) = (place.acts_for, place.water == true, place.news_hub == true, Set((place.ar_in_context ?? []).map(NameFolding.fold)))
            add(entity)
            for name in place.ar_shared ?? [] {
                guard case .entity(let state)? = phrases.value(exactly: intern(name)) else { continue }
                placesSharingStateNames[state] = (NameFolding.fold(name), place.id, place.shared_cues ?? [])
            }
        }
        for state in states {
            if let capital = state.capital { entities[capital]?.capitalOf = state.id }
            entities[state.id]?.wars = state.wars ?? []
            for region in state.regions ?? [] { regionStates[region, default: []].insert(state.id) }
            if state.masculine_ar == true { masculineStates.insert(state.id) }
            for war in state.wars ?? [] where !(warAgents[war.against] ?? []).contains(state.id) { warAgents[war.against, default: []].append(state.id) }
        }
        for organization in organizations {
            var entity = LexiconEntity(id: organization.id, name: organization.en, kind: EntityKind(rawValue: organization.kind) ?? .organization,
                                       arabicNames: organization.ar + (organization.ar_in_context ?? []), englishNames: [organization.en] + (organization.en_aliases ?? []),
                                       locatedIn: organization.located_in, partOf: organization.part_of, roles: [])
            (entity.seatOf, entity.memberCount, entity.isArmed) = (organization.seat_of, organization.member_count, organization.armed == true)
            (entity.namesNeedingContext, entity.isSelfGoverning) = (Set((organization.ar_in_context ?? []).map(NameFolding.fold)), organization.self_governing == true)
            nationalBodies[organization.id] = organization.national_body
            for name in entity.arabicNames + entity.englishNames where organization.members != nil { groupMembersByName[intern(name)] = organization.members }
            add(entity)
        }
        for entity in entities.values where entity.kind == .alliance {
            allianceNameWords[entity.id] = Set((entity.arabicNames + entity.englishNames).flatMap(Self.nameWords))
        }
        for organization in organizations where allianceNameWords[organization.id] != nil {
            allianceNameWords[organization.id]?.formUnion((organization.anaphors ?? []).flatMap(Self.nameWords))
            if organization.anaphors?.isEmpty == true { groupsWithoutAnaphors.insert(organization.id) }
        }
        for organization in organizations where organization.kind == EntityKind.organization.rawValue && !(organization.anaphors ?? []).isEmpty {
            let names = organization.ar + [organization.en] + (organization.en_aliases ?? []) + (organization.anaphors ?? [])
            groupNameWords[organization.id] = Set(names.flatMap(Self.nameWords))
        }
        let anaphorHeads = (functionWords.lists["alliance_anaphora"] ?? [:]).values.joined().compactMap { Self.nameWords($0).last }
        allianceAnaphorHeads = Set(anaphorHeads.filter { head in allianceNameWords.values.contains { $0.contains(head) } })
        allianceAnaphorNouns = Set(anaphorHeads)
        for person in people {
            var entity = LexiconEntity(id: person.id, name: person.en, kind: .person, arabicNames: person.ar + (person.ar_in_context ?? []),
                                       englishNames: [person.en] + (person.en_aliases ?? []) + (person.en_in_context ?? []), roles: person.roles ?? [])
            entity.namesNeedingContext = Set(((person.ar_in_context ?? []) + (person.en_in_context ?? [])).map(NameFolding.fold))
            add(entity)
        }
        for person in people.sorted(by: { $0.id < $1.id }) {
            for role in person.roles ?? [] {
                holdersByOffice[role.role + "@" + role.of, default: []].append((person.id, role.from, role.to))
            }
        }
        for kind in institutionKinds {
            institutions[kind.id] = kind
            for form in kind.ar + kind.en_forms + (kind.ar_shorthand ?? []) { insertPhrase(form, .institution(kind.id)) }
        }
        for title in titles {
            for form in title.ar + title.en { insertPhrase(form, .title(title.role)) }
            for form in title.ar.compactMap(AccusativeTitleForms.form(of:)) where roleOfAccusativeTitle[form] == nil { roleOfAccusativeTitle[form] = title.role }
            for form in title.agent_phrases ?? [] {
                insertPhrase(form, .function(Self.agentPhraseList))
                roleOfAgentPhrase[NameFolding.fold(form)] = title.role
            }
            if title.national == true { nationalRoles.insert(title.role) }
            if title.portfolio == true { portfolioRoles.insert(title.role) }
            if let kinds = title.office_kinds { titleOfficeKinds[title.role] = Set(kinds.compactMap(EntityKind.init(rawValue:))) }
            if title.shared == true { sharedRoles.insert(title.role) }
            if title.serves_principal == true { principalRoles.insert(title.role) }
            if title.leader == true { leaderRoles.insert(title.role) }
            for form in title.pronouns ?? [] {
                insertPhrase(form, .title(title.role))
                titlePronouns.insert(NameFolding.fold(form))
            }
            if let words = title.postings { titlePostings[title.role] = Set(words.compactMap { intern($0).first }) }
        }
        for (number, frame) in frames.enumerated() {
            for form in frame.ar + frame.en { insertPhrase(form, .trigger(number)) }
            for form in (frame.nominal_ar ?? []) + (frame.nominal_en ?? []) { insertPhrase(form, .nominalTrigger(number)) }
        }
        pronounSuffixes = objectSuffixes
        for (number, frame) in frames.enumerated() {
            let pronounForms = frame.ar.flatMap { ObjectPronounForms.forms(of: $0, suffixes: objectSuffixes) }
            for form in pronounForms + frame.ar.flatMap(FutureForms.forms(of:)) {
                let words = intern(form)
                guard phrases.value(exactly: words) == nil else { continue }
                phrases.insert(words: words, .trigger(number))
            }
            objectPronounVerbForms.formUnion((pronounForms + frame.ar.filter { ObjectPronounForms.isForm($0, suffixes: objectSuffixes) }).map(NameFolding.fold))
            for form in (frame.nominal_ar ?? []).flatMap({ PossessiveForms.forms(of: $0, suffixes: objectSuffixes) }) {
                let words = intern(form)
                if phrases.value(exactly: words) == nil { phrases.insert(words: words, .nominalTrigger(number)) }
            }
        }
        for name in functionWords.lists.keys.sorted() where !FunctionList.wordOnly.contains(name) {
            for language in functionWords.lists[name]!.keys.sorted() {
                for form in functionWords.lists[name]![language]! { insertPhrase(form, .function(name)) }
            }
        }
        for name in months.keys.sorted() { insertPhrase(name, .month(months[name]!)) }
        leaderPairs = Set(functionWords.lists["leader_pair"]?.values.joined().map(NameFolding.fold) ?? [])
        wordLists = WordListTable(lists: functionWords.lists.filter { FunctionList.wordOnly.contains($0.key) && FunctionList(rawValue: $0.key) == nil })
        antecedentVerbs = Set(functionWords.lists["antecedent_verbs"]?.values.joined().compactMap { intern($0).first } ?? [])
        allyAnaphors = Set(functionWords.lists["ally_anaphora"]?.values.joined().map(NameFolding.fold) ?? [])
        addVariants()
    }

    private func add(_ entity: LexiconEntity) {
        entities[entity.id] = entity
        let otherSpellings = [.organization, .alliance].contains(entity.kind) ? entity.englishNames.flatMap(EnglishSpellings.others) : []
        for name in entity.arabicNames + entity.englishNames + otherSpellings { insertPhrase(name, .entity(entity.id)) }
    }

    /// Adds the spelling variants (`NameVariants`) of the Arabic names of people, places and
    /// states, except where a variant is already another phrase; a person's last name that is a
    /// known given name ("فيليم ألكسندر") is no surname to match spelt otherwise.
    private func addVariants() {
        var ambiguous: Set<String> = []
        for id in entities.keys.sorted() {
            let entity = entities[id]!
            if entity.kind == .person {
                for name in entity.arabicNames {
                    let parts = name.split(separator: " ")
                    guard parts.count == 2, !parts[0].hasPrefix("ال"), let given = intern(String(parts[0])).first else { continue }
                    let skeleton = NameSkeleton.of(String(parts[1]))
                    guard NameSkeleton.consonants(skeleton) >= 3 else { continue }
                    Self.grow(&surnamesAfterGivenName, toHold: given, with: [])
                    surnamesAfterGivenName[Int(given)].append((skeleton, id))
                }
                for surname in entity.arabicNames.compactMap({ $0.split(separator: " ").last.map(String.init) }) {
                    let skeleton = NameSkeleton.of(surname)
                    guard NameSkeleton.consonants(skeleton) >= Self.surnameSkeletonLength, !givenNames.contains(intern(surname).first ?? -1), !surname.hasPrefix("ال") else { continue }
                    if let other = surnameSkeletons[skeleton], other != id { ambiguous.insert(skeleton) }
                    surnameSkeletons[skeleton] = id
                }
            }
            guard [.person, .place, .state].contains(entity.kind) else { continue }
            for name in entity.arabicNames {
                for variant in NameVariants.variants(of: name) {
                    let words = intern(variant)
                    if phrases.value(exactly: words) == nil { phrases.insert(words: words, .entity(id)) }
                }
            }
        }
        for skeleton in ambiguous { surnameSkeletons[skeleton] = nil }
    }

    /// The word ids of a phrase (words added to the table), "+" kept ("OPEC+"), and " - " dashes.
    func intern(_ phrase: String) -> [Int32] {
        var ids: [Int32] = []
        let spacedDash = phrase.utf8.contains(UInt8(ascii: "-")) && phrase.contains(" - ")
        Tokenizer.scan(phrase) { raw, folded in
            if let folded {
                ids.append(words.intern(folded))
            } else if raw.mark == UInt32(UInt8(ascii: "+")) || (spacedDash && raw.mark == UInt32(UInt8(ascii: "-"))), !ids.isEmpty {
                ids.append(-Int32(raw.mark) - 1)
            }
        }
        return ids
    }

    /// Adds a phrase of any category; an all-capital Latin acronym (`US`, `UN`, `U.S.`) only
    /// matches when written so.
    func insertPhrase(_ phrase: String, _ value: LexiconValue) {
        let ids = intern(phrase)
        let first = phrase.utf8.prefix { $0 != UInt8(ascii: " ") }
        let capitalsAndDots = !first.isEmpty && first.allSatisfy { (0x41...0x5A).contains($0) || $0 == UInt8(ascii: ".") }
        let isAcronym = capitalsAndDots && (first.count <= 4 || (first.contains(UInt8(ascii: ".")) && first.count <= 8))
        phrases.insert(words: ids, exactFirst: isAcronym ? String(decoding: first, as: UTF8.self) : nil, value)
    }
}
