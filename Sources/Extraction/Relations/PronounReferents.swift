import EntityGraph

/// What an object pronoun after a trigger refers to: "him", "her", "it", إياه, منه after a
/// participle or a joined verb.
extension FramePatterns {
    /// Whether a trigger has a pronoun for its object, and the actor that pronoun stands for: a
    /// pronoun of list `pronoun_objects` right after the trigger (not an English possessive
    /// before an actor: "met her German counterpart"), or one attached to an Arabic verb of a
    /// frame with a direct object whose subject follows it ("وتتهمها موسكو بالانحياز").
    func objectPronoun(of trigger: Span, frame frameIndex: Int, subjects: [String], _ work: SentenceWork, context: DocumentContext,
                       fits: (Actor) -> Bool) -> (found: Bool, referent: Actor?) {
        let end = trigger.range.upperBound
        if subjectAfterAttachedPronoun(of: trigger, frame: frameIndex, work) != nil {
            guard opensMainClause(trigger, work) else {
                // "أوكرانيا التي انتقدتها موسكو": the head of the relative clause, when it names someone, or the doer of a move.
                let head = work.restrictiveRelativeHead(of: trigger.range.lowerBound, lexicon: lexicon).flatMap { fits($0) ? $0 : nil }
                    ?? movePhraseDoer(before: trigger, work, fits: fits)
                return (head != nil, head)
            }
            return (true, attachedPronounReferent(of: trigger, subjects: subjects, work, context: context).flatMap { fits($0) ? $0 : nil })
        }
        guard work.token(end, isIn: .pronounObjects, lexicon: lexicon),
              !(isEnglish(trigger, work) && work.firstActor(in: (end + 1)..<(end + 2)) != nil) else {
            return pronounAfterPreposition(of: trigger, frame: frameIndex, subjects: subjects, work, context: context, fits: fits)
        }
        // "في خطوة نددت بها كاريكوم": the move's doer.
        return (true, movePhraseDoer(before: trigger, work, fits: fits)
            ?? participlePronounReferent(of: trigger, subjects: subjects, work, context: context)
            ?? resumptiveClause(of: trigger, work).flatMap { fits($0.head) ? $0.head : nil }
            ?? objectOfEarlierTrigger(trigger, frame: frameIndex, work, fits: fits)
            ?? personBefore(trigger, pronoun: end, subjects: subjects, work, context: context, fits: fits))
    }

    /// The object an earlier Arabic trigger of the same frame took in the sentence, which the
    /// pronoun repeats ("ولم تعترف الهند رسميا بحكومة طالبان، في حين كانت روسيا الدولة الوحيدة
    /// التي اعترفت بها": the Taliban government).
    private func objectOfEarlierTrigger(_ trigger: Span, frame frameIndex: Int, _ work: SentenceWork, fits: (Actor) -> Bool) -> Actor? {
        guard !isEnglish(trigger, work),
              let earlier = work.spans.last(where: { $0.range.upperBound <= trigger.range.lowerBound && $0.value == .trigger(frameIndex) }),
              let object = prepositionalObject(frameIndex, from: earlier.range.upperBound, triggerEnd: earlier.range.upperBound, work, fits: fits),
              object.range.upperBound <= trigger.range.lowerBound else { return nil }
        return object
    }

    /// The subject right after an Arabic verb of a frame with a direct object written with an
    /// object pronoun (a generated form: "وتتهمها موسكو", "انتقدته واشنطن"), as a main clause
    /// writes it, opening the sentence or joined by و or ف, or as a relative clause does, after a
    /// relative pronoun or an indefinite noun ("والتي أدانتها بغداد", "مقترحا رفضته أرمينيا":
    /// the pronoun is the head or the deed); none for a noun spelt alike before a preposition
    /// ("طلبه من روسيا", "شكره للصين").
    func subjectAfterAttachedPronoun(of trigger: Span, frame frameIndex: Int, _ work: SentenceWork) -> Actor? {
        guard opensMainClause(trigger, work) || opensRelativeClause(trigger, work), isVerbWithObjectPronoun(trigger, frame: frameIndex, work),
              let subject = work.actors.first(where: { $0.range.lowerBound == trigger.range.upperBound }), !work.isPrepositional(subject)
        else { return nil }
        return subject
    }

    /// Whether a one-word Arabic trigger of a frame with a direct object is a generated verb form
    /// with an object pronoun, or a listed one shaped alike ("رفضته").
    private func isVerbWithObjectPronoun(_ trigger: Span, frame frameIndex: Int, _ work: SentenceWork) -> Bool {
        lexicon.frames[frameIndex].object == "direct" && !isEnglish(trigger, work) && trigger.range.count == 1
            && lexicon.objectPronounVerbForms.contains(String(foldedWord(of: trigger, work)))
    }

    /// Whether such a verb opens the sentence or is joined by و or ف, as a main clause writes it.
    private func isMainClauseVerbWithObjectPronoun(_ trigger: Span, frame frameIndex: Int, _ work: SentenceWork) -> Bool {
        opensMainClause(trigger, work) && isVerbWithObjectPronoun(trigger, frame: frameIndex, work)
    }

    /// Whether a trigger opens the sentence, is joined by و or ف, or follows a word of list
    /// `clause_openers` ("فيما اتهمه زاندانشاتار", "بينما انتقدته واشنطن") or one of list
    /// `continuers` opening the sentence ("كما استقبله").
    private func opensMainClause(_ trigger: Span, _ work: SentenceWork) -> Bool {
        trigger.range.lowerBound == 0 || ["و", "ف"].contains(trigger.clitic) || trigger.clitic.isEmpty && opensAfterContinuer(trigger, work)
            || trigger.clitic.isEmpty && work.token(trigger.range.lowerBound - 1, isIn: .clauseOpeners, lexicon: lexicon)
    }

    /// Whether a trigger follows a word of list `continuers` that opens the sentence ("كما", "ثم").
    private func opensAfterContinuer(_ trigger: Span, _ work: SentenceWork) -> Bool {
        trigger.range.lowerBound == 1 && work.token(0, isIn: .continuers, lexicon: lexicon)
    }

    /// Whether a trigger without a proclitic follows a relative pronoun or an indefinite word that
    /// names no one and is no stopword nor a word after which the subject is dropped ("حيث
    /// استقبله بوتين"), as a relative clause stands ("مقترحا رفضته"), or a phrase of list
    /// `move_phrases` ("في خطوة أدانتها").
    private func opensRelativeClause(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let before = trigger.range.lowerBound - 1
        guard trigger.clitic.isEmpty, before >= 0, work.tokens[before].isWord else { return false }
        if work.token(before, isIn: .relativePronouns, lexicon: lexicon) || work.span(endingAt: before + 1)?.value == .function("move_phrases") { return true }
        return !work.spans.contains(where: { $0.range.contains(before) }) && !lexicon.isFunctionWord(work.tokens[before].word, list: .stopwords)
            && !work.token(before, isIn: .droppedSubjectMarkers, lexicon: lexicon) && !work.sentence.document.startsWithArticle(work.tokens[before])
    }

    /// Whether an Arabic verb written with an object pronoun, as a main clause writes it, has a
    /// plural noun naming no one for its subject right after it ("ويتهمه معارضوه", "وينتقدها
    /// المعارضون"): the nominative plural ending (ون, or و before a pronoun) marks it.
    func hasPluralNounSubject(after trigger: Span, frame frameIndex: Int, _ work: SentenceWork) -> Bool {
        let next = trigger.range.upperBound
        guard next < work.tokens.count, work.tokens[next].isWord, work.spanIndex(startingAt: next) == nil,
              isMainClauseVerbWithObjectPronoun(trigger, frame: frameIndex, work) else { return false }
        let word = NameFolding.fold(work.sentence.text(of: next))
        return word.count > 4 && (word.hasSuffix("ون") || ["وه", "وها", "وهم"].contains { word.hasSuffix($0) })
    }

    /// The actor an object pronoun attached to an Arabic verb stands for: the head of the relative
    /// clause the verb opens ("الدولة التي انتقدتها موسكو"), else the first actor of the sentence
    /// before the verb that is not its subject nor a preposition's object, the clause's topic
    /// ("وحصلت مولدوفا ... على صفة المرشح ...، وتتهمها موسكو": Moldova); ها stands for no person.
    private func attachedPronounReferent(of trigger: Span, subjects: [String], _ work: SentenceWork, context: DocumentContext) -> Actor? {
        if let head = work.restrictiveRelativeHead(of: trigger.range.lowerBound, lexicon: lexicon) { return head }
        // "وانتقدها الاتحاد الأوروبي" after a man's name: ها stands for a state, a body or a thing, not for him.
        let feminine = NameFolding.fold(work.sentence.text(of: trigger.range.upperBound - 1)).hasSuffix("ها")
        return work.actors.first { $0.range.upperBound <= trigger.range.lowerBound && $0.ids.count == 1 && !subjects.contains($0.ids[0])
            && !work.isPrepositional($0) && !work.isLocative($0, keywords: lexicon.keywords) && !(feminine && context.kind($0.ids[0]) == .person) }
            ?? previousOpeningPerson(before: trigger, subjects: subjects, work, context: context)
    }

    /// The person who opened the previous sentence as the subject of its first verb, for ه on a
    /// verb that opens this one, alone or after a word of list `continuers` ("والتقى الوزير
    /// الألماني نظيره ... كما استقبله الرئيس الأوكراني": the German minister).
    private func previousOpeningPerson(before trigger: Span, subjects: [String], _ work: SentenceWork, context: DocumentContext) -> Actor? {
        guard trigger.range.lowerBound == 0 || trigger.clitic.isEmpty && opensAfterContinuer(trigger, work),
              NameFolding.fold(work.sentence.text(of: trigger.range.upperBound - 1)).hasSuffix("ه"),
              let person = context.openingVerbSubject, !subjects.contains(person) else { return nil }
        return Actor(ids: [person], range: trigger.range, clitic: "", source: .anaphora)
    }

    /// What the pronoun after an English participle set off by a comma, or after a verb joined by
    /// "and", refers to ("sanctioned Ivanishvili, accusing him of ...", "met Trump and urged him to
    /// ..."): the last actor before that is not a subject nor a preposition's object, a person for
    /// "him" / "her", anything else for "it" / "them" (then a preposition's object when no other is
    /// there; "them", the whole list joined by "and" that ends with it); after an Arabic trigger, إياه
    /// / إياها refer to the last actor before it that is not a subject ("قطع العلاقات مع الإمارات،
    /// متهما إياها"; إياه to no state when another is there), إياهما to the last pair ("الوساطة بين
    /// البلدين، داعيا إياهما"), إياهم to the last group, else as إياها, and any pronoun after a verb
    /// joined by و to the last one no preposition introduces nor names as a place ("التقت الرئيس
    /// الروسي، وطلبت منه"; not "بالعاصمة مينسك").
    func participlePronounReferent(of trigger: Span, subjects: [String], _ work: SentenceWork, context: DocumentContext) -> Actor? {
        let start = trigger.range.lowerBound, end = trigger.range.upperBound
        if !isEnglish(trigger, work) { // "، متهما إياها بتزويد ...": the one named last before, not the subject
            let pronoun = end < work.tokens.count ? NameFolding.fold(work.sentence.text(of: end)) : ""
            let separate = pronoun.hasPrefix("ايا")
            guard start > 0, end < work.tokens.count, separate || trigger.clitic == "و" else { return nil }
            let group = work.actors.last { $0.range.upperBound < start && $0.ids.count >= 2 && !$0.ids.contains(where: subjects.contains) }
            if pronoun == "اياهما" || (pronoun == "اياهم" && group != nil) { return group } // "الوساطة بين البلدين، داعيا إياهما"
            let candidates = work.actors.filter { $0.range.upperBound < start && $0.ids.count == 1 && !subjects.contains($0.ids[0])
                && !subjects.contains(where: ownState($0.ids[0], context))
                && (separate || !(work.isPrepositional($0) || work.isLocative($0, keywords: lexicon.keywords))) }
            // "رئيس الوزراء باتريس تروفوادا وحكومته، متهما إياه": the masculine pronoun is no state's.
            return pronoun == "اياه" ? candidates.last { context.kind($0.ids[0]) != .state } ?? candidates.last : candidates.last
        }
        guard start > 0, work.tokens[start - 1].mark == "," && work.sentence.text(of: end - 1).hasSuffix("ing")
                || work.token(start - 1, is: lexicon.keywords.and) else { return nil }
        let pronoun = work.sentence.text(of: end).lowercased()
        let personal = pronoun == "him" || pronoun == "her"
        let candidates = work.actors.filter { actor in
            actor.range.upperBound < start && actor.ids.count == 1 && !subjects.contains(actor.ids[0])
                && !subjects.contains(where: ownState(actor.ids[0], context)) && (context.kind(actor.ids[0]) == .person) == personal
        }
        // A preposition's object only when no other one is there ("froze its participation in the bloc, accusing it",
        // "imposed sanctions on Dodik, accusing him").
        guard let referent = candidates.last(where: { !work.isPrepositional($0) }) ?? candidates.last else { return nil }
        guard pronoun == "them" else { return referent }
        // "the will of Washington and Seoul and accused them": the list that ends with the referent.
        return candidates.lazy.filter { $0.range.upperBound <= referent.range.lowerBound }.map { first in
            (first, work.coordinated(from: first, keywords: self.lexicon.keywords))
        }.first { $0.1.end == referent.range.upperBound && $0.1.ids.count >= 2 }.map { first, list in
            Actor(ids: list.ids, range: first.range.lowerBound..<list.end, clitic: "", source: .name)
        } ?? referent
    }

    /// A test whether a subject serves `state`: "said that Tanzania would act and accused them"
    /// does not have the Tanzanian president accuse Tanzania.
    private func ownState(_ state: String, _ context: DocumentContext) -> (String) -> Bool {
        { subject in context.kind(subject) == .person && context.state(of: subject) == state }
    }
}
