extension LexiconFiles {
    /// A kind of state institution (`institutions.json`): ministries, the army, the government.
    /// With a nisba or a state it names one body ("وزارة الدفاع الروسية" → Russian Ministry of Defence).
    public struct Institution: Codable, Sendable {
        /// Kind id, the suffix of the bodies' ids (`defence_ministry` → `russia_defence_ministry`).
        public var id: String
        /// English name (`Ministry of Defence`).
        public var en: String
        /// Arabic forms.
        public var ar: [String]
        /// English forms.
        public var en_forms: [String]
        /// Arabic shorthands that name the body only at the head of a phrase ("قالت الخارجية
        /// الروسية"), not as an adjective of the noun before ("السياسة الخارجية الروسية").
        public var ar_shorthand: [String]?
        /// Whether the words name the state itself rather than a body of it ("السلطات البولندية",
        /// "the Polish authorities" act as Poland; no organisation is made).
        public var stands_for_state: Bool?
        /// Whether the words followed by "في" / "in" and a state or its capital name that state's
        /// body ("وزارة الدفاع في روسيا البيضاء", "the government in Minsk"); not for bodies often
        /// abroad (embassies, troops).
        public var named_with_in: Bool?
        /// Whether the words followed by "من" / "from" and a state or organisation stand for it
        /// ("وفداً من حركة حماس", "officials from Kazakhstan"); only for words standing for their state.
        public var named_with_from: Bool?
        /// Whether the body is an armed force: named in another state it is deployed there
        /// ("القوات الروسية في بيلاروسيا", "North Korean troops in Russia").
        public var armed: Bool?
        /// Words that, bare and definite, name back the body of this kind the story named last
        /// ("الجيش" after "الجيش السوداني", "the army" after "the Lebanese army").
        public var anaphor_forms: [String]?
        /// Whether only a nisba makes English words of the kind a state's body ("German brigade"),
        /// not the state's name ("Lithuania brigade" is the brigade sent there).
        public var adjective_only: Bool?
        /// The role whose holder's state owns the words when nothing qualifies them ("رئاسة
        /// الجمهورية", "the presidency": the state of the president the sentence names first,
        /// else of the one the document named last).
        public var of_leader: String?
        /// The role of the person a leading agent phrase names after the words with no state
        /// ("الحكومة الجديدة برئاسة X", "the government led by X": its prime minister).
        public var head_role: String?
        /// English forms that are adjectives after a state's bare name when a lower-case noun
        /// follows them ("has given Ukraine military aid": aid to Ukraine, not its army).
        public var en_adjectives: [String]?
        /// English forms that only one state's body bears, by form: that state's when no other is
        /// named ("State Department spokeswoman": the United States').
        public var en_form_states: [String: String]?
    }
}
