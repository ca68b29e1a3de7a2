/// The JSON records of the lexicon resource files, as users write them.
public enum LexiconFiles {
    /// A state (`states.json`).
    public struct State: Codable, Sendable {
        /// Stable id.
        public var id: String
        /// English name.
        public var en: String
        /// More English names.
        public var en_aliases: [String]?
        /// Arabic names, the first being the display label.
        public var ar: [String]
        /// Masculine singular Arabic nisba stems (روسي); other forms are generated.
        public var nisba_ar: [String]?
        /// Irregular Arabic plural nisbas (الروس, روس); the accusative of the indefinite ones
        /// (روسا) is generated.
        public var nisba_plural_ar: [String]?
        /// Arabic nisba stems two states share (كوري: either Korea), read as the one of them the
        /// document named first.
        public var nisba_shared_ar: [String]?
        /// English adjectives (Russian).
        public var nisba_en: [String]?
        /// The regions the state is in ("gulf", "former_soviet"): "the Gulf state" (list
        /// `region_gulf` of `function_words.json`) is the last state of its region named.
        public var regions: [String]?
        /// Set when the nisba would read as a common word (مالي "financial", قمري "lunar"), so
        /// the state has none.
        public var ambiguous_nisba: Bool?
        /// Set when Arabic verbs agree with the state's name as masculine ("أعلن العراق"); most
        /// states take feminine verbs ("أعلنت إيران"), so a masculine verb before one has
        /// another subject ("وانتقد إيران").
        public var masculine_ar: Bool?
        /// One-word Arabic names that are also common words (مالي "financial"): read as the
        /// state only right after a preposition ("في مالي", "بمالي") or after "و" following
        /// another state ("الجزائر ومالي").
        public var ar_after_preposition: [String]?
        /// Arabic nisba stems that are also common words, read as the state's nisba only right
        /// after an armed institution ("الجيش المالي" is Mali's army, "الأزمة المالية" a financial
        /// crisis); every inflected form is generated.
        public var nisba_after_forces_ar: [String]?
        /// Id of the capital in `places.json`.
        public var capital: String?
        /// Whether the state no longer exists.
        public var historical: Bool?
        /// The wars the state wages, with their dates: its invasion or strikes that a text names
        /// without a target are against the one under way on the article date ("Russia's
        /// full-scale invasion", "الغزو الروسي").
        public var wars: [War]?
    }

    /// A war a state wages (`wars` of `states.json`).
    public struct War: Codable, Sendable, Hashable {
        /// Id of the state or organisation it is waged against.
        public var against: String
        /// First day (ISO date).
        public var from: String
        /// Last day (ISO date), nil while it goes on.
        public var to: String?
    }

    /// A place (`places.json`).
    public struct Place: Codable, Sendable {
        /// Stable id.
        public var id: String
        /// English name.
        public var en: String
        /// More English names.
        public var en_aliases: [String]?
        /// Arabic names.
        public var ar: [String]
        /// Id of the state or place it lies in.
        public var located_in: String?
        /// Id of the body the place's name stands for when it acts, instead of the state it is the
        /// capital of ("Brussels imposed sanctions": the European Union).
        public var acts_for: String?
        /// Arabic names the place shares with a state, which stay the state's unless the document
        /// has one of `shared_cues` ("عمان" is Oman, and Amman in a story that names Jordan).
        public var ar_shared: [String]?
        /// Words whose presence in a document makes the `ar_shared` names this place's.
        public var shared_cues: [String]?
        /// Arabic names that are also common words ("كابل", a cable): the place's only in a
        /// document that names the state it is the capital of.
        public var ar_in_context: [String]?
        /// Whether the place is a sea, a gulf or a strait: where missiles fall, not what they attack.
        public var water: Bool?
        /// Whether the city is a regional news bureau's ("DUBAI (Reuters)" over a story on Sudan):
        /// a dateline there tells where the story was filed, not whose it is.
        public var news_hub: Bool?
    }

    /// An alliance or organisation (`organizations.json`).
    public struct Organization: Codable, Sendable {
        /// Stable id.
        public var id: String
        /// English name.
        public var en: String
        /// `alliance` or `organization`.
        public var kind: String
        /// More English names.
        public var en_aliases: [String]?
        /// Arabic names.
        public var ar: [String]
        /// Arabic names too short to be its own everywhere ("مجلس التعاون", also the start of
        /// "مجلس التعاون الاستراتيجي" of two states): its only right after a title or in a
        /// document that names it by a longer name.
        public var ar_in_context: [String]?
        /// Id of the state or alliance it belongs to.
        public var part_of: String?
        /// Id of the place it sits in.
        public var located_in: String?
        /// Anaphors that refer to an alliance beyond the nouns of its names ("الحلف" for
        /// منظمة معاهدة الأمن الجماعي; "الجماعة" / "the group" for an armed group); an empty list
        /// for a group of states that no anaphor refers to ("دول البلطيق", "الغرب": "الحلف" after
        /// them is another bloc).
        public var anaphors: [String]?
        /// The office this is the seat of (the Kremlin: `{"role": "president", "of": "russia"}`):
        /// its leader ("زعيم الكرملين", "the Kremlin leader") is that office's holder.
        public var seat_of: Role?
        /// The kind of state institution (`institutions.json`) the name means when a state
        /// qualifies it, by a nisba after it or a possessive before it ("مجلس الأمن الروسي",
        /// "Russia's Security Council": Russia's own council, not the UN's).
        public var national_body: String?
        /// Whether it is a state's armed force or military command (CENTCOM, the IRGC): it acts
        /// for the state it is part of when it deploys forces or imposes sanctions.
        public var armed: Bool?
        /// Whether it governs a region of the state it is part of (the Kurdistan Regional
        /// Government): it deals with that state as a party ("اتفاق أربيل مع بغداد").
        public var self_governing: Bool?
        /// The member states of a group whose membership is fixed (the Baltic states): who
        /// "دول البلطيق الثلاث" / "the three Baltic states" are.
        public var members: [String]?
        /// How many member states an alliance has: "the 27-member bloc", "التكتل المكون من 27
        /// دولة" name the one of that size.
        public var member_count: Int?
    }

    /// A dated role of a person.
    public struct Role: Codable, Sendable, Hashable {
        /// Role name, e.g. `president`.
        public var role: String
        /// Id of the state or organisation.
        public var of: String
        /// First day (ISO date).
        public var from: String?
        /// Last day (ISO date), nil while in office.
        public var to: String?
    }

    /// A person (`people.json`).
    public struct Person: Codable, Sendable {
        /// Stable id.
        public var id: String
        /// English name.
        public var en: String
        /// More English names.
        public var en_aliases: [String]?
        /// Arabic names (full names and surname variants).
        public var ar: [String]
        /// One-word Arabic names that are also common words ("المنفي" folds like "المنفى",
        /// exile): read as the person only right after a title or a nisba, or once the document
        /// has named the person otherwise.
        public var ar_in_context: [String]?
        /// One-word English names read as the person only after a title or a nisba, or once the
        /// document has named the person otherwise ("Anwar" after "Anwar Ibrahim", not in "Anwar
        /// al-Tamimi").
        public var en_in_context: [String]?
        /// Roles with dates.
        public var roles: [Role]?
    }

    /// A title (`titles.json`).
    public struct Title: Codable, Sendable {
        /// Role name given to the holder.
        public var role: String
        /// Arabic forms.
        public var ar: [String]
        /// English forms.
        public var en: [String]
        /// The kinds of entity the office may be (`place` for a mayor); nil for a state, an
        /// organisation or an alliance. An office of another kind is not taken.
        public var office_kinds: [String]?
        /// Phrases that name the holder after the office as the agent of the office's making or
        /// leading ("founded by", "led by", "الذي أسسه"): "Georgian Dream, founded by Bidzina
        /// Ivanishvili" → Ivanishvili holds this role in Georgian Dream.
        public var agent_phrases: [String]?
        /// Whether a holder named with no state after the title holds the office in the state
        /// of the office holder named last (a story's own government: "Interior Minister Mari
        /// Rantanen" after Finland's prime minister), or, when none was, in the first state the
        /// story named ("Japan lodged a protest ... Chief Cabinet Secretary Yoshimasa Hayashi").
        public var national: Bool?
        /// Whether up to two words naming a portfolio may stand between the title and its nisba
        /// ("وزير الكهرباء المصري").
        public var portfolio: Bool?
        /// Words before the place the holder is posted to ("لدى", "to" for an ambassador; "إلى",
        /// "for" for an envoy): "U.S. envoy to Ukraine Keith Kellogg" names Kellogg after the posting.
        public var postings: [String]?
        /// Whether many hold the title at once (envoys, ambassadors, advisers): the title alone
        /// ("the Russian envoy") names no holder from the lexicon, only one the story named.
        public var shared: Bool?
        /// Whether the title serves a person named after "to" or "for" ("an adviser to President
        /// X", "a spokesman for Tinubu"): the holder serves that person's state.
        public var serves_principal: Bool?
        /// Whether the title's holder leads a state or a body (a president, a king, a party
        /// leader): one of "the three leaders" / "القادة الثلاثة".
        public var leader: Bool?
        /// Honorific pronouns that name the holder last named ("جلالته", His Majesty: the king).
        public var pronouns: [String]?
    }

    /// Function words (`function_words.json`), by list name and language.
    public struct FunctionWords: Codable, Sendable {
        /// Lists of words by name (`speech_verbs`, `negations`, ...) and language.
        public var lists: [String: [String: [String]]]
        /// Direction words to direction names.
        public var directions: [String: String]

        /// Decodes the file, where `directions` is a map and every other key a list by language.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            var lists: [String: [String: [String]]] = [:]
            var directions: [String: String] = [:]
            for key in container.allKeys {
                if key.stringValue == "directions" {
                    directions = try container.decode([String: String].self, forKey: key)
                } else {
                    lists[key.stringValue] = try container.decode([String: [String]].self, forKey: key)
                }
            }
            self.lists = lists
            self.directions = directions
        }

        /// Encodes the lists and directions back into one object.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            for (name, list) in lists { try container.encode(list, forKey: AnyKey(name)) }
            try container.encode(directions, forKey: AnyKey("directions"))
        }
    }

    /// A user's lexicon file (`--lexicon FILE`): any of these sections, with records shaped as in
    /// the bundled files. Entries are added; an entry whose id is already known replaces it.
    public struct Extension: Codable, Sendable {
        /// States to add or replace.
        public var states: [State]?
        /// Places to add or replace.
        public var places: [Place]?
        /// Alliances and organisations to add or replace.
        public var organizations: [Organization]?
        /// People to add or replace.
        public var people: [Person]?
        /// Titles to add.
        public var titles: [Title]?
    }

    /// A coding key made from any string.
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

extension Lexicon {
    /// `base` with the entries of `added` appended, each replacing a base entry of the same id.
    static func replacing<T>(_ base: [T], with added: [T], id: (T) -> String) -> [T] {
        let replaced = Set(added.map(id))
        return base.filter { !replaced.contains(id($0)) } + added
    }
}
