/// The lists of function words that patterns test single words against; each is one bit in the
/// lexicon's per-word flags, so a test costs an array read.
public enum FunctionList: String, CaseIterable, Sendable {
    /// Words that end a person's name.
    case stopwords
    /// Negations.
    case negations
    /// Future and plan markers.
    case futureMarkers = "future_markers"
    /// "According to" markers.
    case reportMarkers = "report_markers"
    /// Prepositions with a pronoun ("منه", "him").
    case pronounObjects = "pronoun_objects"
    /// Verbs of speech.
    case speechVerbs = "speech_verbs"
    /// Nouns of a meeting ("محادثات", "talks"), met "with" someone.
    case meetingNouns = "meeting_nouns"
    /// Words opening a subordinate or contrasting clause ("after", "because", "لكن"): a verb's
    /// subject and object are not looked for across them.
    case clauseOpeners = "clause_openers"
    /// Words before a year that date an event ("عام 1999", "in 1999", "منذ 2014").
    case yearWords = "year_words"
    /// Verbs of refusal, matched as phrases: the events they govern did not happen ("رفض",
    /// "ruled out").
    case refusals
    /// Verbs of denial: the events they govern get `modality: denied` ("نفت", "denied").
    case denials
    /// English possessive pronouns before an event noun ("its invasion").
    case possessives
    /// Abbreviations written with a full stop that does not end the sentence ("Gen.", "Nov.").
    case abbreviations
    /// Relative pronouns ("التي", "which"): the subject of an event noun may follow them with
    /// their verb ("المناورات التي تجريها موسكو ومينسك").
    case relativePronouns = "relative_pronouns"
    /// Arabic object pronouns attached to a verb ("نشرها", "التقاه"): the verb triggers of
    /// frames are also matched with them.
    case objectSuffixes = "object_suffixes"
    /// Words that introduce a reported or governed clause ("أن", "إن"): a verb's subject and
    /// object are not looked for across them, but a denial or refusal governs what follows.
    case complementizers
    /// Particles that join a verb to the clause before with its subject dropped ("وقد سمح").
    case continuers
    /// Words after which a verb keeps the main clause's subject even before a named actor,
    /// which is then its object ("، حيث التقى الرئيس ...").
    case droppedSubjectMarkers = "dropped_subject_markers"
    /// English subject pronouns ("it", "they"): the actor they stand for may follow a
    /// preposition ("guarantees from Russia that it would defend Belarus").
    case subjectPronouns = "subject_pronouns"
    /// Words that make a title a past one ("وزير الدفاع الروسي السابق", "former President"): its
    /// holder is named but holds no role now, and the title does not stand for today's holder.
    case formerMarkers = "former_markers"
    /// Verbs whose subject suffers the event noun after them ("تعرضت خاركيف لقصف روسي", "came
    /// under Russian attack"): that subject is the event's object, its nisba the agent.
    case subjectedMarkers = "subjected_markers"
    /// Words between a union and the states it unites ("the Union State of Russia and Belarus",
    /// "دولة الاتحاد بين روسيا وبيلاروسيا").
    case unionMembersMarkers = "member_of_union"
    /// Verbs that hold events ("بدأت", "أجرت", "launched", "held"): their subject, written right
    /// after them in Arabic and right before them in English, holds the event noun that follows.
    case eventVerbs = "event_verbs"
    /// Words that make a person's or capital's name stand for the regime, and so the state, it
    /// rules ("نظام لوكاشينكو", "the Lukashenko regime").
    case regimeWords = "regime_words"
    /// Words that keep a list of states going past its "and" ("as well as", "وكذلك", "إلى
    /// جانب"): a border's list ends at any other word.
    case listConnectors = "list_connectors"
    /// English auxiliaries of the passive ("were deployed"): the thing named before them is what
    /// the event acts on, and a nisba in it its agent ("Russian weapons were deployed").
    case passiveAuxiliaries = "passive_auxiliaries"
    /// Nouns of a kind of place before its name ("مقاطعة بيلغورود", "the city of Kharkiv"): a
    /// governor's office, and a place a nisba puts in its state ("جيب كالينينغراد الروسي").
    case placeNouns = "place_nouns"
    /// Place nouns that a place's own name follows in construct or after "of" ("مدينة تيانجين",
    /// "the city of Gyumri"): a word the lexicon does not know there names a new place.
    case placeNameNouns = "place_name_nouns"
    /// Nouns of a company that its own name follows ("شركة ويستنغهاوس", "U.S. company
    /// Westinghouse"): a word the lexicon does not know there names a new organisation.
    case organizationNameNouns = "organization_name_nouns"
    /// Words that make a title a deputy's ("نائب المبعوث", "deputy envoy"): a name set off by a
    /// comma before them is the deputy's.
    case deputyWords = "deputy_words"
    /// Words that open a list with a partitive preposition ("كلا من بولندا وليتوانيا"): the
    /// list is no prepositional phrase.
    case listOpeners = "list_openers"
    /// English participles glued by a hyphen after a state that leads a group ("the Russia-led
    /// alliance"): the state is no actor there, the group is.
    case leadingParticiples = "leading_participles"
    /// Relative adverbs of place after a comma ("مالي، حيث ...", "Syria, where ..."): what
    /// follows happens in the place named before the comma.
    case whereWords = "where_words"
    /// English counts that may stand between "and" and the next actor of a list ("two Russian
    /// bombers and two Chinese bombers").
    case countWords = "count_words"
    /// Phrases naming the statement a meeting issued ("البيان الختامي", "the final communique"):
    /// it speaks for the alliance named last.
    case statementAnaphora = "statement_anaphora"
    /// Words of an aside after في / "in" that says where something was said, set between a verb
    /// and its object ("انتقدت الوزارة في بيان لها استمرار ...", "condemned in a statement"): the
    /// object is looked for after them.
    case statementWords = "statement_words"
    /// Acronyms that name no organisation ("GDP", "LNG"): not taken for one after a state's
    /// possessive.
    case commonAcronyms = "common_acronyms"
    /// Words naming a kind of company after a state or its adjective ("Azerbaijan Airlines",
    /// "Ukrainian Railways"): the words name a company of that state.
    case companyNouns = "company_nouns"
    /// Possessives that stand for two or more ("their"): the owners of a joint event after one
    /// are a list.
    case pluralPossessives = "plural_possessives"
    /// Nouns of documents named after a place ("Ottawa Convention", "اتفاقية أوتاوا"): the
    /// place is no place of the story.
    case documentNouns = "document_nouns"
    /// Phrases naming three people just named together ("القادة الثلاثة", "the three leaders").
    case leaderTriple = "leader_triple"
    /// Phrases naming four states named before ("الدول الأربع", "all four countries").
    case stateQuadruple = "state_quadruple"
    /// Words that open a condition ("إذا", "لو", "if"): the events after them in the sentence
    /// are hypothetical and give no relation.
    case conditionals
    /// Verbs of using something for an end ("used Belarus to invade Ukraine", "استخدمت روسيا
    /// أراضي بيلاروسيا لغزو أوكرانيا"): their subject, not what is used, does what follows.
    case instrumentVerbs = "instrument_verbs"
    /// Words that put a month in the past ("يناير الماضي", "last January"): the latest such month
    /// before the article's date.
    case pastMarkers = "past_markers"
    /// Words that set what follows against the subject ("في مواجهة الناتو", "against Russia"): no
    /// one named after them is supported, met or allied with.
    case oppositionWords = "opposition_words"
    /// Adjectives that qualify a title after its nisba ("المبعوث الأمريكي الخاص جون كول"): the
    /// name follows them.
    case titleQualifiers = "title_qualifiers"
    /// Words that open a circumstance set between commas ("، خلال زيارة إلى مينسك يوم الاثنين،",
    /// ", during a visit to Beijing,"): the words between the commas, names too, are an aside that
    /// a verb's subject and object are looked for across.
    case asideOpeners = "aside_openers"
    /// Pronouns that name the members of a group just described ("ثلاث دول أعضاء في الناتو هي
    /// بولندا وليتوانيا ولاتفيا", "namely").
    case namingPronouns = "naming_pronouns"
    /// English auxiliaries and adverbs a verb may follow ("has also supplied"): an apposition
    /// to the subject may end before them ("Turkey, a NATO member, has supplied").
    case auxiliaries
    /// Nouns that may stand between a title and the state it names ("أمير دولة قطر", "رئيس
    /// جمهورية أذربيجان").
    case stateNouns = "state_nouns"
    /// Adjectives that may stand between an event noun and the nisbas of its parties
    /// ("المناورات العسكرية الروسية البيلاروسية", "the joint military exercises").
    case eventQualifiers = "event_qualifiers"
    /// Nouns of people opposed to a state's rulers ("المعارضة الإيرانية", "the Syrian
    /// opposition"): a nisba after them names whose opponents they are, so that state is no
    /// actor of the phrase.
    case dissentNouns = "dissent_nouns"
    /// Verbs of witnessing, sponsoring or brokering an agreement ("يشهد توقيع اتفاق", "brokered
    /// a deal"): their subject is no party to it, nor are those just met.
    case witnessVerbs = "witness_verbs"
    /// Prepositions of nearness ("exercises around Taiwan", "مناورات قرب الحدود"): who is named
    /// after them is where something happens, not a partner of a meeting or an agreement.
    case vicinityWords = "vicinity_words"
    /// Nouns of a gathering ("قمة", "هامش", "summit", "sidelines"): who is named as their genitive
    /// ("على هامش قمة رابطة الدول المستقلة", "at a summit of the CIS", "the SCO summit") is where
    /// people meet, not whom they meet.
    case gatheringNouns = "gathering_nouns"
    /// Family names written before the given name ("Sun Weidong", "Kim Jong Un"): the word the
    /// rest of a story names the person by.
    case familyNameFirst = "family_name_first"
    /// Verbs of hosting a meeting ("hosted", "استضاف"): the guests hosted together met each
    /// other too.
    case hostingVerbs = "hosting_verbs"
    /// Verbs of receiving ("تلقى", "received"): a call received "من" / "from" someone was held with
    /// them.
    case receivingVerbs = "receiving_verbs"
    /// Nouns of places that name an unknown place only when a state's nisba or a compass word
    /// and a state follow the name ("منطقة قنديل شمالي العراق"): "منطقة" also heads common nouns.
    case locatedPlaceNameNouns = "located_place_name_nouns"
    /// Verbs of signing ("وقعا", "signed"): people who sign an agreement together met.
    case signingVerbs = "signing_verbs"
    /// Verbs of naming something ("called", "described", "وصفه"): who names a deed so speaks of
    /// it, and is no one it is said of.
    case namingVerbs = "naming_verbs"
    /// English verbs in the singular ("has", "is"): after "A and B" they make B alone the
    /// subject ("the CSTO and his government has said").
    case singularVerbs = "singular_verbs"
    /// Dual and plural Arabic relative pronouns ("اللذين", "الذين"): the clause is about the list
    /// that ends before them.
    case pluralRelativePronouns = "plural_relative_pronouns"

    /// Lists that are only tested word by word, never matched as phrases of the text (some, with
    /// no bit, read by the recogniser that needs them: `quoted_name_nouns`, `antecedent_verbs`,
    /// `accord_nouns`, `role_nouns`, `pending_nouns`, `delegation_nouns`, `mediation_words`,
    /// `between_pronouns`, `member_count_nouns`, `any_words`, `role_prepositions`, `without_words`,
    /// `side_nouns`, `behalf_words`, `pair_sharing_verbs`, `reciprocal_words`, `ranking_words`,
    /// `acronym_name_links`, `multilateral_words`, `company_name_endings`, `ordinal_words`,
    /// `remark_nouns`, `remark_determiners`, `pronoun_postings`, `consequence_openers`, `heading_verbs`, `during_words`, `edition_names`, `site_nouns`, `narration_openers`,
    /// `latin_name_particles`, `provision_verbs`, `party_nouns`, `portfolio_words`, `count_appositives`,
    /// `partitive_words`, `military_ranks`, `since_words`, `linking_participles`,
    /// `joining_nouns`, `title_adjectives`, `departure_verbs`, `dynasty_names`, `common_given_names`,
    /// `relative_head_nouns`, `stopword_surnames`, `founder_named_nouns`, `bare_home_bodies`,
    /// `person_apposition_nouns`, `organization_head_words`, `deed_time_words`,
    /// `issued_text_nouns`, `company_head_nouns`, `regnal_ordinals`, `nouns_after_articles`, `party_words`,
    /// `department_nouns`, `consequence_nouns`, `object_relative_pronouns`,
    /// `foreign_surname_endings`, `state_body_nouns`, `ownership_participles`, `bloc_partner_nouns`,
    /// `neighbour_pronouns`, `reported_party_nouns`).
    static let wordOnly: Set<String> = [Self.stopwords.rawValue, Self.abbreviations.rawValue, Self.clauseOpeners.rawValue, Self.possessives.rawValue,
                                         Self.denials.rawValue, Self.yearWords.rawValue,
                                         Self.relativePronouns.rawValue, Self.pluralRelativePronouns.rawValue, Self.objectSuffixes.rawValue,
                                         Self.complementizers.rawValue, Self.continuers.rawValue,
                                         Self.droppedSubjectMarkers.rawValue, Self.subjectPronouns.rawValue,
                                         Self.formerMarkers.rawValue, Self.subjectedMarkers.rawValue,
                                         Self.unionMembersMarkers.rawValue, Self.eventVerbs.rawValue,
                                         Self.regimeWords.rawValue, Self.listConnectors.rawValue,
                                         Self.passiveAuxiliaries.rawValue, Self.placeNouns.rawValue,
                                         Self.placeNameNouns.rawValue, Self.organizationNameNouns.rawValue, Self.deputyWords.rawValue,
                                         Self.listOpeners.rawValue, Self.leadingParticiples.rawValue,
                                         Self.whereWords.rawValue, Self.countWords.rawValue,
                                         Self.documentNouns.rawValue,
                                         Self.conditionals.rawValue, Self.instrumentVerbs.rawValue, Self.pastMarkers.rawValue,
                                         Self.oppositionWords.rawValue, Self.titleQualifiers.rawValue,
                                         Self.asideOpeners.rawValue, Self.namingPronouns.rawValue,
                                         Self.auxiliaries.rawValue, Self.stateNouns.rawValue, Self.statementWords.rawValue, Self.commonAcronyms.rawValue, Self.pluralPossessives.rawValue,
                                         Self.eventQualifiers.rawValue, Self.dissentNouns.rawValue, Self.witnessVerbs.rawValue,
                                         Self.vicinityWords.rawValue, Self.gatheringNouns.rawValue,
                                         Self.familyNameFirst.rawValue, Self.hostingVerbs.rawValue,
                                         Self.receivingVerbs.rawValue, Self.locatedPlaceNameNouns.rawValue,
                                         Self.signingVerbs.rawValue, Self.namingVerbs.rawValue, Self.singularVerbs.rawValue,
                                         "quoted_name_nouns", "antecedent_verbs", "accord_nouns", "role_nouns", "pending_nouns", "delegation_nouns", "mediation_words", "between_pronouns", "member_count_nouns", "any_words", "role_prepositions",
                                         "without_words", "side_nouns", "behalf_words", "pair_sharing_verbs", "reciprocal_words", "ranking_words",
                                         "acronym_name_links", "multilateral_words", "company_name_endings", "ordinal_words",
                                         "remark_nouns", "remark_determiners", "pronoun_postings",
                                         "consequence_openers", "heading_verbs", "during_words", "edition_names", "site_nouns", "narration_openers", "latin_name_particles", "provision_verbs", "party_nouns", "portfolio_words", "count_appositives", "partitive_words", "military_ranks",
                                         "since_words", "linking_participles", "joining_nouns",
                                         "title_adjectives", "departure_verbs", "dynasty_names",
                                         "common_given_names", "relative_head_nouns", "stopword_surnames",
                                         "founder_named_nouns", "bare_home_bodies", "person_apposition_nouns",
                                         "organization_head_words", "deed_time_words", "issued_text_nouns", "company_head_nouns", "regnal_ordinals", "nouns_after_articles", "party_words", "department_nouns", "consequence_nouns", "object_relative_pronouns",
                                         "foreign_surname_endings", "state_body_nouns", "ownership_participles", "bloc_partner_nouns",
                                         "neighbour_pronouns", "reported_party_nouns"]

    /// The list's bit: one shifted by the case's place in the declaration, which is the stored
    /// tag of a payload-free enum of at most 256 cases (`allCases` lists them in that order).
    @inline(__always)
    var bit: UInt64 { 1 << UInt64(unsafeBitCast(self, to: UInt8.self)) }
}
