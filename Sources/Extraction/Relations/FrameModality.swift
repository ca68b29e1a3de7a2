import EntityGraph

/// Whether an event word states an event at all, and how: negation, refusal, denial, the
/// vocalised passive, plans and the future.
extension FramePatterns {
    /// Whether an Arabic verb carries the future prefix س before a present-tense prefix and the
    /// rest, or its masculine, is a trigger of the same frame ("ستزود", "سيزور", "ستدافع عن",
    /// "ستوقع").
    func isArabicFuture(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let written = work.sentence.text(of: trigger.range.lowerBound)
        guard written.unicodeScalars.dropFirst(trigger.clitic.count).first == "س" else { return false }
        let word = NameFolding.fold(written).dropFirst(trigger.clitic.count)
        guard word.count >= 4, word.hasPrefix("س"), let tense = word.dropFirst().first, "يتنا".contains(tense) else { return false }
        let following = work.tokens[(trigger.range.lowerBound + 1)..<trigger.range.upperBound].map(\.word)
        return FutureForms.presentStems(of: word).contains { stem in
            lexicon.words.id(stem).map { lexicon.phrases.value(exactly: [$0] + following) == trigger.value } ?? false
        }
    }

    /// Whether a verb of denial governs the trigger ("نفت موسكو أن تكون قواتها قد استهدفت ...",
    /// "Moscow denied its forces attacked ...").
    func isDenied(_ trigger: Span, _ work: SentenceWork) -> Bool {
        !isCoordinatedAction(trigger, work) && isGoverned(trigger, by: .denials, work)
    }

    /// Whether a verb is joined by "and" / و to the verb before it as a second action of the same
    /// subject ("denied the claims and accused Warsaw", "نفت الاتهامات واتهمت وارسو"), which a
    /// denial or refusal before it does not govern; an English verb must be in the past ("-ed"),
    /// so that "denied plans to send troops and deploy missiles" stays governed.
    func isCoordinatedAction(_ trigger: Span, _ work: SentenceWork) -> Bool {
        guard case .trigger = trigger.value else { return false }
        if isEnglish(trigger, work) {
            return work.token(trigger.range.lowerBound - 1, is: lexicon.keywords.and)
                && work.sentence.text(of: trigger.range.lowerBound).hasSuffix("ed")
        }
        return trigger.clitic == "و"
    }

    /// Whether a verb of refusal governs the trigger: the event did not happen ("رفض بوتين لقاء
    /// زيلينسكي", "Warsaw ruled out sending troops"). Refusals are phrases ("ruled out", not
    /// "ruled"), looked for backwards up to the clause's start. A definite or possessed event
    /// named in the object of another event word after the refusal happened ("avoided supporting
    /// Russia's war", "declined to condemn the invasion"). An accession right after a word of
    /// `pending_nouns` is not done either ("مفاوضات انضمام مقدونيا الشمالية إلى الاتحاد"), nor is
    /// an event named right after "critic of" with no agent of its own ("a critic of military aid
    /// to Ukraine": the critic gives none; "a critic of the Russian invasion" keeps Russia's). A
    /// threat or an accusation with its maker's possessive was made all the same ("Nigeria
    /// rejected Trump's threat"), and so was an event noun with its agent's nisba right after it
    /// ("رفض الاعتداءات الإسرائيلية": Israel's attacks happened), and the reason of the refusal
    /// ("ألغى لقاءه احتجاجا على زيارته").
    func isRefused(_ trigger: Span, _ work: SentenceWork) -> Bool {
        guard !isCoordinatedAction(trigger, work), !isAccusativeMasdar(trigger, work) else { return false }
        let start = trigger.range.lowerBound
        switch trigger.value {
        case .trigger(let frame), .nominalTrigger(let frame):
            if RelationType(lexicon.frames[frame].type) == .memberOf, work.token(start - 1, isInWordList: "pending_nouns", lexicon: lexicon) { return true }
            // "Nigeria rejected Trump's threat": a threat or an accusation someone else made was made.
            if [.threatens, .criticizes].contains(RelationType(lexicon.frames[frame].type)), work.possessiveLength(before: start) != nil { return false }
        default: break
        }
        if case .nominalTrigger = trigger.value, let agent = work.spanIndex(startingAt: trigger.range.upperBound), work.spans[agent].value.isNisba {
            return false
        }
        let definite = work.possessiveLength(before: start) != nil || work.token(start - 1, is: lexicon.keywords.the)
            || (trigger.clitic.isEmpty && work.sentence.document.startsWithArticle(work.tokens[start]))
        var index = start - 1
        while index >= 0 {
            if let opening = appositionOpening(closedBy: index, work) { // "وتعارض المجر، العضو في الناتو، إرسال أسلحة"
                index = opening - 1
                continue
            }
            if work.endsGovernance(index) { break }
            if let span = work.spanIndex(startingAt: index) {
                if work.isRefusal(work.spans[span], lexicon: lexicon) || isCriticizedMasdar(trigger, after: work.spans[span], work) { return true }
                if !definite, start - work.spans[span].range.upperBound <= 2, case .trigger(let frame) = work.spans[span].value,
                   lexicon.frames[frame].name == "critic_noun", !namesAgent(work.spans[span].range.upperBound..<start, work) { return true }
                if definite && work.spans[span].isEventWord { return false }
            }
            index -= 1
        }
        return false
    }

    /// Whether the Arabic trigger, with no proclitic, is the object of a verb of criticism at most
    /// one word before it, no one named between them nor right after it as its doer ("انتقد مرارا
    /// إرسال أسلحة إلى أوكرانيا": the critic sends none; not "اتهم روسيا بشن", "يخالف بيانا روسيا").
    private func isCriticizedMasdar(_ trigger: Span, after verb: Span, _ work: SentenceWork) -> Bool {
        guard case .trigger(let frame) = verb.value, trigger.clitic.isEmpty, verb.range.upperBound <= trigger.range.lowerBound,
              trigger.range.lowerBound - verb.range.upperBound <= 1, RelationType(lexicon.frames[frame].type) == .criticizes,
              !isEnglish(trigger, work), work.firstActor(in: verb.range.upperBound..<trigger.range.lowerBound) == nil else { return false }
        let after = work.spanIndex(startingAt: trigger.range.upperBound).map { work.spans[$0].value }
        if case .nisba = after { return false }
        return !work.actors.contains { $0.range.lowerBound == trigger.range.upperBound }
    }

    /// The Arabic comma opening the apposition to an actor that the comma at `index` closes, as
    /// `appositionEnd` reads one, a relative clause aside ("المجر، العضو في حلف الناتو والاتحاد
    /// الأوروبي،"); nil when `index` closes none.
    private func appositionOpening(closedBy index: Int, _ work: SentenceWork) -> Int? {
        guard index >= 2, work.tokens[index].mark == "،", let opening = (max(1, index - 11)..<index).last(where: { work.tokens[$0].mark == "،" }),
              !work.token(opening + 1, isIn: .relativePronouns, lexicon: lexicon), work.appositionEnd(after: opening, lexicon: lexicon) == index + 1,
              work.actor(endingBefore: opening, gap: 0) != nil else { return nil }
        return opening
    }

    /// Whether a nisba or a name starts in `range` (the agent of an event noun written after it).
    private func namesAgent(_ range: Range<Int>, _ work: SentenceWork) -> Bool {
        range.contains { index in
            guard let position = work.spanIndex(startingAt: index) else { return false }
            switch work.spans[position].value {
            case .nisba, .entity: return true
            default: return false
            }
        }
    }

    /// Whether a word of `list` stands before the trigger in the same clause (looked for
    /// backwards up to the clause's start, so a long sentence costs no more).
    func isGoverned(_ trigger: Span, by list: FunctionList, _ work: SentenceWork) -> Bool {
        var index = trigger.range.lowerBound - 1
        while index >= 0, !work.endsGovernance(index) {
            if work.token(index, isIn: list, lexicon: lexicon) { return true }
            index -= 1
        }
        return false
    }

    /// Whether the trigger names an aim rather than a deed: "إلى فرض عقوبات", "لفرض", "to impose";
    /// not the deed a word of criticism takes with ل ("إدانة الأردن للاعتداءات الإسرائيلية"), nor
    /// one a verb of list `reaching_verbs` reaches ("توصل لبنان إلى اتفاق").
    func isPurpose(_ trigger: Span, _ work: SentenceWork) -> Bool {
        if trigger.clitic.hasSuffix("ل") { return !isObjectOfCriticism(trigger, work) }
        let start = trigger.range.lowerBound
        guard work.token(start - 1, is: lexicon.keywords.to) || work.token(start - 1, is: lexicon.keywords.toEnglish) else { return false }
        // "توصل لبنان إلى اتفاق", "reached an agreement": a deed done, no aim.
        return !work.spans.contains { span in
            span.value == .function("reaching_verbs") && span.range.upperBound < start && start - span.range.upperBound <= 6
                && !work.hasClauseBreak(span.range.upperBound..<start)
        }
    }

    /// Whether an Arabic verb in the present tense follows "أن" right after a word not of list
    /// `deed_time_words`: the subjunctive of a wish, a proposal or a plan ("مقترحا أن يلتقي
    /// تينوبو وترامب", "ومن المقرر أن يستقبل"), not a deed done ("قبل أن تقصف", "أن تعاونت" in the past).
    func isSubjunctive(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        guard case .trigger = trigger.value, trigger.clitic.isEmpty, start >= 1, !isEnglish(trigger, work),
              NameFolding.fold(work.sentence.text(of: start - 1)) == "ان",
              !work.token(start - 2, isInWordList: "deed_time_words", lexicon: lexicon)
        else { return false }
        let verb = NameFolding.fold(work.sentence.text(of: start))
        return verb.hasPrefix("ي") || (verb.hasPrefix("ت") && !verb.hasSuffix("ت"))
    }

    /// Whether a word of criticism stands right before the trigger, or before it and the actor
    /// that criticises.
    private func isObjectOfCriticism(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        guard let word = work.spans.last(where: { $0.range.upperBound <= start && $0.isEventWord }),
              (word.range.upperBound..<start).allSatisfy({ index in work.actors.contains { $0.range.contains(index) } }) else { return false }
        switch word.value {
        case .trigger(let frame), .nominalTrigger(let frame): return RelationType(lexicon.frames[frame].type) == .criticizes
        default: return false
        }
    }

    /// Whether the trigger verb is written vocalised as a passive (a damma on its first letter,
    /// "طُلب"): its grammatical subject is then the patient, not the agent; or is an English
    /// participle glued by a hyphen to the word before it, an adjective ("the Iran-backed group
    /// has controlled much of Yemen": Iran backs the group, not Yemen; `backedGroups` reads it).
    func isPassive(_ trigger: Span, _ work: SentenceWork) -> Bool {
        if isCompoundParticiple(trigger, work) { return true }
        let scalars = Array(work.sentence.text(of: trigger.range.lowerBound).unicodeScalars)
        let start = trigger.clitic.count
        return scalars.count > start + 1 && scalars[start + 1] == "\u{064F}"
    }

    /// Whether an Arabic participle qualifies the noun before it, with what it says right after
    /// it ("شركات بيلاروسية متهمة بدعم ...": companies accused of supporting): the noun is the
    /// patient, nobody named accuses, and what follows is the allegation.
    func isPassiveParticiple(_ trigger: Span, _ frameIndex: Int, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound, next = trigger.range.upperBound
        guard start > 0, work.tokens[start - 1].isWord, next < work.tokens.count, work.tokens[next].isWord,
              let clitic = lexicon.frames[frameIndex].complement_clitic?.unicodeScalars.first else { return false }
        let introduced = work.spanIndex(startingAt: next).map { work.spans[$0].clitic.unicodeScalars.first == clitic }
            ?? (work.sentence.text(of: next).unicodeScalars.first == clitic)
        return introduced && isParticiple(trigger, work)
    }

    /// How a word that undoes an event stands before its trigger.
    enum Undoing {
        /// The event is undone ("رفعت العقوبات", "lifted the sanctions").
        case done
        /// The undoing is demanded or intended, not done ("بوقف", "لرفع").
        case demanded
    }

    /// The word that undoes the frame's event (`undone_by`) in the three words before the
    /// trigger (an article not counted, a hyphened compound counted once), in its clause, past a
    /// short aside ("علقت الجزائر، الأربعاء، العمل بمعاهدة") or a phrase of list `time_asides`
    /// ("علقت في وقت سابق شراكتها"), alone or after a proclitic ("برفع
    /// العقوبات", "lifted the sanctions"): done, or only
    /// demanded or intended when a preposition is its proclitic ("مطالبا طهران بوقف تزويد الجماعة
    /// بالأسلحة"); nil when there is none.
    func undoing(_ trigger: Span, _ frameIndex: Int, _ work: SentenceWork) -> Undoing? {
        let words = lexicon.frameUndoingWords[frameIndex]
        guard !words.isEmpty else { return nil }
        var index = trigger.range.lowerBound - 1, seen = 0
        while index >= 0, seen < 3 {
            if work.isAsideComma(index) {
                index -= 1
                while index >= 0, !work.isAsideComma(index) { index -= 1 }
                index -= 1
                continue
            }
            if let aside = work.span(endingAt: index + 1), aside.value == .function("time_asides") { // "علقت في وقت سابق شراكتها"
                index = aside.range.lowerBound - 1
                continue
            }
            guard !work.isClauseBreak(index), work.tokens[index].isWord else { return nil }
            let token = work.tokens[index]
            if words.contains(token.word) { return .done }
            for reading in [token.readings.0, token.readings.1] where reading.clitic != 0 && words.contains(reading.word) {
                return ["ب", "ل"].contains { ArabicClitics.endsWithPreposition(reading.cliticText, $0) } ? .demanded : .done
            }
            // "suspended a decades-old water-sharing treaty with": a hyphened compound is one word, an article none.
            let compound = PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, index - 1)
            seen += work.token(index, isOneOf: lexicon.keywords.articles) ? 0 : 1
            index -= compound ? 3 : 1
        }
        return nil
    }

    /// Whether a word that opens a condition stands before the trigger in its sentence: the
    /// event is only supposed ("إذا تعرضت لهجوم", "لو غزت الصين تايوان لفرضت ...", "if Russia
    /// attacks Lithuania, NATO will respond"); not a verb joined by و after a comma that closes
    /// the condition, which goes on with the main clause ("حذر من أنها سترد إذا أبقت الجزائر على
    /// قرارها، ودعا السلطات ..."), nor a word of a name ("لولا دا سيلفا": Lula, no "were it not").
    func isHypothetical(_ trigger: Span, _ work: SentenceWork) -> Bool {
        guard let condition = (0..<trigger.range.lowerBound).last(where: { index in
            work.token(index, isIn: .conditionals, lexicon: lexicon) && !work.actors.contains { $0.range.contains(index) }
        }) else {
            return false
        }
        let start = trigger.range.lowerBound
        return !(trigger.clitic == "و" && start >= 1 && work.tokens[start - 1].mark == "،" && work.hasClauseBreak(condition..<start))
    }

    /// Whether an English verb of asking asks a question rather than for something: "whether" or
    /// a word of list `conditionals` ("if") right after it or after the addressee named right
    /// after it ("asked him whether he still disliked him"; not "asked NATO for help if").
    func isQuestion(_ trigger: Span, frame frameIndex: Int, _ work: SentenceWork) -> Bool {
        let end = trigger.range.upperBound
        guard end < work.tokens.count, !work.sentence.document.isArabic(work.tokens[trigger.range.lowerBound]),
              RelationType(lexicon.frames[frameIndex].type) == .requests else { return false }
        let asked = work.actors.first { $0.range.lowerBound == end }?.range.upperBound
            ?? (work.token(end, isIn: .pronounObjects, lexicon: lexicon) ? end + 1 : end)
        return asked < work.tokens.count
            && (NameFolding.fold(work.sentence.text(of: asked)) == "whether" || work.token(asked, isIn: .conditionals, lexicon: lexicon))
    }

    /// Whether a negation stands in the three words before the trigger, in its clause ("لم ترسل
    /// روسيا", "ولا تعتزم روسيا نشر", "has not deployed"; an English "to" and the verb before it
    /// count for no word: "would not seek to open accession negotiations"; seven tokens at most),
    /// or a word of list `without_words` before the complementizer that opens it ("من دون أن يعترف
    /// لبنان بإسرائيل").
    func isNegated(_ trigger: Span, _ work: SentenceWork) -> Bool {
        var index = trigger.range.lowerBound - 1
        var words = 0
        let ownAgent = namesOwnAgent(trigger, work)
        while index >= 0, words < 3, trigger.range.lowerBound - index <= Self.negationReach {
            if work.opensClause(index) { return work.token(index - 1, isInWordList: "without_words", lexicon: lexicon) }
            // "لم تؤيد المجر العقوبات الأمريكية": the verb between is what is negated, not the sanctions.
            if ownAgent, work.spanIndex(startingAt: index).map({ work.spans[$0].isEventWord }) == true { return false }
            if work.isClauseBreak(index) { return false }
            if work.tokens[index].isWord {
                // "ولا يزال لفرنسا وجود": a negation opening a phrase of list `still_phrases` says "still".
                if work.token(index, isIn: .negations, lexicon: lexicon),
                   work.spanIndex(startingAt: index).map({ work.spans[$0].value == .function("still_phrases") }) != true { return true }
                // "would not seek to open accession negotiations": "to" and the verb before it carry the negation on.
                words += work.token(index, is: lexicon.keywords.toEnglish) ? -1 : 1
            }
            index -= 1
        }
        return false
    }

    /// Whether an Arabic trigger's doer is named by a nisba right after it ("العقوبات الأمريكية");
    /// not in English, where one who joins sanctions named with a nisba ("has not joined American
    /// sanctions") is read as imposing them.
    private func namesOwnAgent(_ trigger: Span, _ work: SentenceWork) -> Bool {
        !isEnglish(trigger, work) && work.spanIndex(startingAt: trigger.range.upperBound).map { work.spans[$0].value.isNisba } == true
    }

    /// How many tokens before a trigger a negation is looked for at most.
    private static let negationReach = 7

    /// Whether an English trigger is a participle glued by a hyphen to the word before it
    /// ("Iran-backed", "Russian-occupied").
    func isCompoundParticiple(_ trigger: Span, _ work: SentenceWork) -> Bool {
        PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, trigger.range.lowerBound - 1) && isEnglish(trigger, work)
            && work.sentence.text(of: trigger.range.lowerBound).hasSuffix("ed")
    }

    /// Whether an English name stands before a noun it modifies: one of list `attributive_heads`
    /// ("the EU grid") or a lower-case event word ("NATO exercises").
    func modifiesNoun(_ actor: Actor, _ work: SentenceWork) -> Bool {
        let end = actor.range.upperBound
        return work.spans.contains { span in
            guard span.range.lowerBound == end else { return false }
            return span.value == .function("attributive_heads")
                || (span.isEventWord && work.sentence.text(of: end).unicodeScalars.first?.properties.isLowercase == true)
        }
    }

    /// Whether an English bloc or state stands between "a" / "an" and a lower-case word, naming
    /// the kind of a thing rather than a place ("to a NATO forward land force in Finland", "an EU
    /// mission in Kosovo"): troops sent there go where the thing is.
    func qualifiesIndefiniteNoun(_ actor: Actor, _ work: SentenceWork) -> Bool {
        let end = actor.range.upperBound, before = actor.range.lowerBound - 1
        guard before >= 0, end < work.tokens.count, work.tokens[end].isWord, ["a", "an"].contains(work.sentence.text(of: before).lowercased()) else { return false }
        return work.sentence.text(of: end).unicodeScalars.first?.properties.isLowercase == true
    }

    /// Whether an actor is the first half of an English compound adjective, glued by a hyphen to
    /// a lower-case word, with another actor named in the five tokens after it ("the
    /// Houthi-controlled port of Hodeidah", "Hamas-run Gaza"): it qualifies what follows and is no
    /// object; alone it is one ("denounced U.S.-led drills").
    func isCompoundAttribute(_ actor: Actor, _ work: SentenceWork) -> Bool {
        let end = actor.range.upperBound
        return PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, end) && end + 1 < work.tokens.count
            && work.sentence.text(of: end + 1).unicodeScalars.first?.properties.isLowercase == true
            && work.actors.contains { $0.range.lowerBound > end + 1 && $0.range.lowerBound <= end + 6 }
    }
}
