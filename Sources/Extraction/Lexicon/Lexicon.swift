import EntityGraph
import Foundation

/// What a phrase in the text can be.
public enum LexiconValue: Sendable, Equatable {
    /// The name of an entity.
    case entity(String)
    /// A nisba (adjective) of a state.
    case nisba(String)
    /// A title giving a role.
    case title(String)
    /// A verb trigger of a relation frame (index into `frames`).
    case trigger(Int)
    /// A noun trigger of a relation frame (index into `frames`), whose agent follows it.
    case nominalTrigger(Int)
    /// A function word of a named list (`speech_verbs`, `negations`, ...).
    case function(String)
    /// A month name with its number.
    case month(Int)
}

/// The knowledge extraction runs on: entities, nisbas, titles, relation frames and function
/// words, loaded from the JSON resource files and compiled into one phrase table.
public struct Lexicon: Sendable {
    /// Entities by id.
    public private(set) var entities: [String: LexiconEntity] = [:]
    /// Relation frames.
    public let frames: [LexiconFiles.Frame]
    /// Function word lists by name and language.
    public let functionWords: LexiconFiles.FunctionWords
    /// Folded given names, which start person names.
    public let givenNames: Set<String>
    /// Folded stopwords, which end person names.
    public let stopwords: Set<String>
    /// Phrases of every category.
    public private(set) var phrases = PhraseTable<LexiconValue>()
    private let functionSets: [String: Set<String>]
    private let directionsByFolded: [String: String]

    /// Loads the lexicon shipped with the library.
    public static func bundled() throws -> Lexicon {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: nil) else {
            throw LexiconError.missing("lexicon resources")
        }
        return try Lexicon(directory: url)
    }

    /// Loads every lexicon file from a directory.
    public init(directory: URL) throws {
        func read<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
            let url = directory.appendingPathComponent(name)
            do {
                return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
            } catch {
                throw LexiconError.invalid(file: name, reason: "\(error)")
            }
        }
        let states = try read("states.json", as: [LexiconFiles.State].self)
        let places = try read("places.json", as: [LexiconFiles.Place].self)
        let organizations = try read("organizations.json", as: [LexiconFiles.Organization].self)
        let people = try read("people.json", as: [LexiconFiles.Person].self)
        let titles = try read("titles.json", as: [LexiconFiles.Title].self)
        frames = try read("frames.json", as: [LexiconFiles.Frame].self)
        functionWords = try read("function_words.json", as: LexiconFiles.FunctionWords.self)
        let months = try read("months.json", as: [String: Int].self)
        let given = try read("given_names.json", as: [String: [String]].self)
        givenNames = Set(given.values.joined().map(NameFolding.fold))
        stopwords = Set((functionWords.lists["stopwords"] ?? [:]).values.joined().map(NameFolding.fold))
        functionSets = functionWords.lists.mapValues { Set($0.values.joined().map(NameFolding.fold)) }
        directionsByFolded = Dictionary(functionWords.directions.map { (NameFolding.fold($0.key), $0.value) },
                                        uniquingKeysWith: { first, _ in first })

        for state in states {
            add(LexiconEntity(id: state.id, name: state.en, kind: .state, arabicNames: state.ar,
                              englishNames: [state.en] + (state.en_aliases ?? []), roles: []))
            for stem in state.nisba_ar ?? [] {
                for form in NisbaForms.forms(ofStem: stem) { phrases.insert(form, .nisba(state.id)) }
            }
            for form in (state.nisba_plural_ar ?? []) + (state.nisba_en ?? []) { phrases.insert(form, .nisba(state.id)) }
        }
        for place in places {
            add(LexiconEntity(id: place.id, name: place.en, kind: .place, arabicNames: place.ar,
                              englishNames: [place.en] + (place.en_aliases ?? []), locatedIn: place.located_in, roles: []))
        }
        for state in states {
            if let capital = state.capital { entities[capital]?.capitalOf = state.id }
        }
        for organization in organizations {
            add(LexiconEntity(id: organization.id, name: organization.en,
                              kind: EntityKind(rawValue: organization.kind) ?? .organization,
                              arabicNames: organization.ar, englishNames: [organization.en] + (organization.en_aliases ?? []),
                              locatedIn: organization.located_in, partOf: organization.part_of, roles: []))
        }
        for person in people {
            add(LexiconEntity(id: person.id, name: person.en, kind: .person, arabicNames: person.ar,
                              englishNames: [person.en] + (person.en_aliases ?? []), roles: person.roles ?? []))
        }
        for title in titles {
            for form in title.ar + title.en { phrases.insert(form, .title(title.role)) }
        }
        for (number, frame) in frames.enumerated() {
            for form in frame.ar + frame.en { phrases.insert(form, .trigger(number)) }
            for form in (frame.nominal_ar ?? []) + (frame.nominal_en ?? []) { phrases.insert(form, .nominalTrigger(number)) }
        }
        for (name, byLanguage) in functionWords.lists where name != "stopwords" {
            for form in byLanguage.values.joined() { phrases.insert(form, .function(name)) }
        }
        for (name, number) in months { phrases.insert(name, .month(number)) }
    }

    private mutating func add(_ entity: LexiconEntity) {
        entities[entity.id] = entity
        for name in entity.arabicNames + entity.englishNames { phrases.insert(name, .entity(entity.id)) }
    }

    /// The frame at `index`.
    public func frame(_ index: Int) -> LexiconFiles.Frame { frames[index] }

    /// Whether a folded word belongs to the function list `name`.
    public func isFunctionWord(_ word: String, list name: String) -> Bool {
        functionSets[name]?.contains(word) ?? false
    }

    /// The direction named by a folded phrase, if any.
    public func direction(_ folded: String) -> String? {
        directionsByFolded[folded]
    }
}

/// Failures to load the lexicon.
public enum LexiconError: Error, CustomStringConvertible {
    /// A resource is missing.
    case missing(String)
    /// A file could not be decoded.
    case invalid(file: String, reason: String)

    /// The one-line message.
    public var description: String {
        switch self {
        case .missing(let what): return "lexicon: \(what) not found"
        case .invalid(let file, let reason): return "lexicon: \(file) is invalid: \(reason)"
        }
    }
}
