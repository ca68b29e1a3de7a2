extension LexiconFiles {
    /// A relation frame (`frames.json`): trigger words and how to find subject and object.
    public struct Frame: Codable, Sendable {
        /// Frame name, used as the rule name.
        public var name: String
        /// Relation type produced.
        public var type: String
        /// `direct` (next actor), `prep` (actor after a preposition) or `before` (actor before).
        public var object: String
        /// The object slot of the English triggers when it differs ("joined NATO" is direct,
        /// "انضم إلى الناتو" takes a preposition).
        public var object_en: String?
        /// The proclitic preposition that marks the object of the Arabic triggers ("ب" in
        /// "اعترفت إسبانيا بدولة فلسطين"): an actor written with it is the object, not a venue.
        public var object_clitic: String?
        /// Prepositions that introduce the object.
        public var preps: [String]
        /// Kinds the object may have; nil for any actor.
        public var object_kinds: [String]?
        /// Kinds the subject may have (after metonymy: an army acts as its state); nil for any
        /// actor ("moved to Belarus" is a deployment for Wagner, not for a person).
        public var subject_kinds: [String]?
        /// Arabic nouns of the event, whose agent is a following nisba or genitive actor.
        public var nominal_ar: [String]?
        /// English nouns of the event.
        public var nominal_en: [String]?
        /// Whether an Arabic event noun without an agent after it takes the actor just before it
        /// as its subject, as a verb would ("فرضت لندن عقوبات جديدة على"; "عقوبات الاتحاد
        /// الأوروبي" has its agent after it).
        public var nominal_subject_before: Bool?
        /// `previous`: without an object, take the actor before the subject in the sentence;
        /// `accuser`: the one whose criticism of the subject was read last (a rebuttal);
        /// `last_alliance`: the alliance the document named last ("Latvia has been a member since 2004");
        /// `last_supported`: the one the last support read went to ("أعلنت اليابان تقديم مساعدات طارئة");
        /// `move_doer`: after a noun of list `move_nouns`, the doer of the move ("condemned the decision");
        /// `sentence_deployment`: where the deployment read earlier in the sentence went.
        public var object_fallback: String?
        /// Whether a coordinated subject relates its members (pairwise, or each to the object).
        public var plural_subject: Bool?
        /// Whether members of a coordinated subject with no object each do it to the other ("Ethiopia
        /// and Eritrea fought a border war": each attacked the other), for a directed type.
        public var mutual: Bool?
        /// Whether the subject can only be the states written right after the trigger ("بيانا
        /// روسيا صينيا مشتركا"); without them there is no relation ("في بيان", in a statement).
        public var states_after: Bool?
        /// Whether the subject is the list referred to by كلها / all of them.
        public var list_subject: Bool?
        /// Whether the trigger is a noun predicated of the actor before it ("X ... حليفا لها"), so
        /// that actor may stand after a preposition.
        public var predicate_noun: Bool?
        /// Whether the subject is the speaker of the sentence.
        public var speaker: Bool?
        /// Whether the trigger carries a possessive pronoun whose owner is the subject ("خلال
        /// لقائه X"): the main subject of the trigger's clause (after the last "أن" / "إن" before
        /// it), else the person last named.
        public var possessor_subject: Bool?
        /// Whether the subject is the nearest actor before the trigger that no preposition
        /// introduces ("تشنها مينسك بدعم من موسكو", "the Houthis, backed by Iran").
        public var nearest_subject: Bool?
        /// Whether an English infinitive of purpose right after the trigger's object is said of
        /// the trigger's subject ("has visited Moscow to meet Putin": Fico meets Putin).
        public var purpose_subject: Bool?
        /// A one-letter proclitic that introduces what is asked of the object ("طالب X بـ...").
        /// An actor right after a continued verb and followed by a word with this proclitic is
        /// the object: the subject is the one already named ("، وطالب الدول الغربية بتزويد"); the
        /// event words of that content get `complement_modality`.
        public var complement_clitic: String?
        /// Words that introduce what the object is asked, warned against or accused of ("إلى",
        /// "من", "against"): event words right after them are that content.
        public var complement_words: [String]?
        /// The modality of that content: `planned` (the default) or `reported` (an allegation).
        public var complement_modality: String?
        /// English agent nouns that end triggers whose possessor is what they act on, not who
        /// acts ("Ukraine's biggest backers", "Taiwan's main arms supplier"): the subject is the
        /// one the noun describes.
        public var possessor_object_words: [String]?
        /// Whether, without a subject, a nisba right after the thing the trigger names is the
        /// subject ("نشر صواريخ أمريكية في ألمانيا": the United States deploys).
        public var nisba_agent: Bool?
        /// Whether the subject of this verb takes part in the joint event its object names
        /// ("بحثت المجر التعاون مع روسيا": Hungary cooperates), unlike a verb that judges the event
        /// ("انتقدت ليتوانيا المناورات").
        public var shares_event: Bool?
        /// Whether the relation runs from the object to the subject ("تضم المنظمة روسيا": Russia
        /// is a member of the organisation).
        public var inverse: Bool?
        /// Words one of which must stand within eight tokens after the trigger for it to be this
        /// event (what is hosted: "تستضيف أسلحة نووية روسية", "hosts Russian troops"; "hosts
        /// talks" is none); nil for no such condition.
        public var requires_after: [String]?
        /// The frame (by name) a trigger is read as when the words this frame requires after it
        /// are missing and a person (by name or title) follows it ("hosted his Uzbek counterpart" is a
        /// meeting, "hosted Russian troops" a deployment, "hosted drills" neither).
        public var otherwise: String?
        /// The frame (by name) a trigger is read as instead when the words that frame requires
        /// follow it ("established a tank brigade in Lithuania" is a deployment, "established the
        /// alliance" a founding); that frame may name one of its own ("أرسلت مساعدات" is aid,
        /// "أرسلت قوات" a deployment), as long as the chain never comes back.
        public var or_frame: String?
        /// Words that undo the event when they stand just before its trigger (sanctions lifted,
        /// eased or suspended: "رفع العقوبات عن", "Washington lifted sanctions on"): no relation,
        /// or the one of `undone_type`.
        public var undone_by: [String]?
        /// The relation an undone event still is, with the same subject and object: a suspended
        /// partnership or halted aid reduces relations (CAMEO 16), read as `sanctions`.
        public var undone_type: String?
        /// Whether the people on either side stand for the states they serve: agreements and
        /// alliances are between states ("Putin and Xi signed", "Lukashenko, Putin's ally",
        /// "Lukashenko has relied on Russian support": Russia supports Belarus), or the organisation
        /// they serve when they serve no state ("Araghchi and IAEA chief Rafael Grossi signed").
        public var state_parties: Bool?
        /// Whether a person as object also stands for the state whose office they hold, the
        /// subject doing it to both ("warned President X that the United States would act").
        public var object_state: Bool?
        /// Roles whose holder, as subject, also gives the relation to the state they head
        /// ("Macron pledged to support Gabon": France supports Gabon too).
        public var head_roles: [String]?
        /// Whether a capital right after the preposition that follows the trigger names where an
        /// envoy is posted, and so stands for its state ("استدعاء سفيرها في مدريد": Spain), not
        /// for where the event took place.
        public var posting_place: Bool?
        /// Whether the trigger names a clause of an agreement its sentence has read ("signed a
        /// treaty that includes a mutual defence clause"): its parties are the agreement's.
        public var agreement_clause: Bool?
        /// Whether the trigger reacts to a deed named after it, as criticism does, so that its
        /// object is the deed's doer ("صدت قواتها 14 هجوما روسيا": Russia's attacks repelled).
        public var reaction: Bool?
        /// Whether a deed word right after the trigger (or its subject) is what is threatened,
        /// not done ("هددت روسيا بضرب أوكرانيا", "threatened to strike Iran"): the deed's target
        /// is the object, and the deed gives no relation of its own.
        public var threatened_deeds: Bool?
        /// The relation the event is when its doer is an armed force ("US troops arrived in
        /// Poland", "وصلت قوات أمريكية إلى بولندا": a deployment, not a visit); nil: the frame's.
        public var forces_type: String?
        /// Triggers that are words of criticism, not of force, when every subject is a person
        /// ("هاجم لافروف الناتو", "Lavrov attacked NATO"): the relation is then `criticizes`.
        public var criticism_when_person: [String]?
        /// Triggers that are meetings when every subject is a person ("talks between Stubb and
        /// Trump", "محادثات بين الرئيسين"): the relation is then `met_with`.
        public var meeting_when_people: [String]?
        /// Arabic triggers.
        public var ar: [String]
        /// English triggers.
        public var en: [String]
    }
}
