import EntityGraph

/// Objects named only by a state's nisba ("انتقد ... الخطوة الروسية", "against Philippine boats")
/// or by a possessive pronoun ("على منشآتها").
extension FramePatterns {
    /// A state named only by a nisba after the trigger ("انتقد ... الخطوة الروسية"), as an actor
    /// (not one glued to a participle by a hyphen: "Russian-occupied Crimea", "Iranian-made"):
    /// within four tokens, or within four tokens of one of the frame's prepositions that stands
    /// within four ("تشن موسكو ضربات واسعة على شبكة الكهرباء الأوكرانية", "strikes on Ukrainian
    /// energy facilities"), in the same clause; for a frame read backwards, also within four
    /// tokens of the noun it requires, whose nisba names the agent ("تستضيف على أراضيها أسلحة
    /// نووية تكتيكية روسية"); not a nisba qualifying the name before it, nor, for a meeting, one
    /// qualifying a noun of list `vessel_nouns`, no one met ("استقبلت كوبا سفينة حربية روسية"), nor
    /// one after an Arabic verbal noun of purpose or reason with ل when the frame takes no object
    /// with ل ("عقوبات على شبكة لتهريب النفط الإيراني": the oil's state is not sanctioned).
    func nisbaObject(from index: Int, frame frameIndex: Int, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        let meeting = RelationType(lexicon.frames[frameIndex].type) == .metWith
        let preposition = prepositionNear(index, frame: frameIndex, work)
        let required = lexicon.frames[frameIndex].inverse == true ? requiredWord(frameIndex, after: index, work) : nil
        let limit = max(preposition.map { $0 + 4 } ?? index + 4, required.map { $0 + 4 } ?? 0)
        for (position, span) in work.spans.enumerated() where span.range.lowerBound >= index
            && span.range.lowerBound <= limit && !work.consumed.contains(position) {
            if case .nisba(let state) = span.value, !work.hasClauseBreak(index..<span.range.lowerBound),
               lexicon.frames[frameIndex].preps.contains("ل") || !(index..<span.range.lowerBound).contains(where: { isPurposeNoun(at: $0, work) }),
               !PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, span.range.upperBound), !qualifiesName(span, work, context: context),
               !(meeting && work.span(endingAt: span.range.lowerBound)?.value == .function("vessel_nouns")) {
                return Actor(ids: [state], range: span.range, clitic: span.clitic, source: .anaphora)
            }
        }
        return nil
    }

    /// Whether token `index` is an Arabic word that no span starts at, read as the proclitic ل
    /// before an indefinite stem of four letters or more ("لتهريب", "لتمويل", "لصالح", "لدعمها";
    /// not "للصواريخ", nor an adverb such as "لاحقا").
    private func isPurposeNoun(at index: Int, _ work: SentenceWork) -> Bool {
        guard work.tokens[index].isWord, work.spanIndex(startingAt: index) == nil, work.sentence.document.isArabic(work.tokens[index]),
              !lexicon.isFunctionWord(work.tokens[index].word, list: .stopwords) else { return false }
        let word = NameFolding.fold(work.sentence.text(of: index))
        guard !word.hasPrefix("لل"), !word.hasSuffix("ا") else { return false }
        return ArabicClitics.readings(word).contains { $0.clitic == "ل" && $0.rest.count >= 4 }
    }

    /// Whether a nisba follows the name of a person or organisation, the quotation mark closing
    /// one, or a nisba qualifying one: it qualifies what the name names ("وقعت شركة توتال الفرنسية
    /// اتفاقا مع العراق": no French object; "مجموعة ريو تينتو الأسترالية البريطانية": no British
    /// one). After a place it names the place's state, which may be the object ("إلى جيب
    /// كالينينغراد الروسي").
    private func qualifiesName(_ nisba: Span, _ work: SentenceWork, context: DocumentContext) -> Bool {
        let end = nisba.range.lowerBound - (work.isQuotationMark(nisba.range.lowerBound - 1) ? 1 : 0)
        guard let before = work.span(endingAt: end) else { return false }
        if before.value.isNisba { return qualifiesName(before, work, context: context) }
        guard case .entity(let id) = before.value else { return false }
        return [.person, .organization].contains(context.kind(id))
    }

    /// A state named only by a nisba within three tokens after one of the frame's prepositions
    /// that stands within five tokens of `index`, in the same clause ("used water cannon against
    /// Philippine boats"; "used Western weapons against targets" names no state after it).
    func nisbaAfterPreposition(from index: Int, frame frameIndex: Int, _ work: SentenceWork) -> Actor? {
        guard let preposition = prepositionNear(index, frame: frameIndex, work), !work.hasClauseBreak(index..<preposition) else { return nil }
        for span in work.spans where span.range.lowerBound > preposition && span.range.lowerBound <= preposition + 3 {
            guard case .nisba(let state) = span.value, !PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, span.range.upperBound) else { continue }
            return Actor(ids: [state], range: span.range, clitic: span.clitic, source: .anaphora)
        }
        return nil
    }

    /// The states of the nisbas joined to an object named by a nisba ("talks with Egyptian and
    /// Qatari mediators", "الوسطاء المصريين والقطريين"): by "and" in English, by the proclitic و
    /// in Arabic.
    func nisbasJoined(after object: Actor, _ work: SentenceWork) -> [String] {
        var states: [String] = []
        var end = object.range.upperBound
        while let next = work.spanIndex(startingAt: work.token(end, is: lexicon.keywords.and) ? end + 1 : end) {
            let span = work.spans[next]
            guard case .nisba(let state) = span.value, work.token(end, is: lexicon.keywords.and) || span.clitic == "و" else { break }
            states.append(state)
            end = span.range.upperBound
        }
        return states
    }

    /// One of the frame's prepositions standing within five tokens of `index`.
    private func prepositionNear(_ index: Int, frame frameIndex: Int, _ work: SentenceWork) -> Int? {
        (index..<min(index + 5, work.tokens.count)).first { work.token($0, isOneOf: lexicon.framePrepositions[frameIndex]) }
    }

    /// The state an attack's target belongs to when the target is a noun with the feminine
    /// possessive "ها", or after an English possessive, after one of the frame's prepositions
    /// ("الضربات ... على منشآتها النووية", "strikes on its nuclear facilities"): the state the
    /// sentence opens with as its subject.
    func ownedTarget(after index: Int, _ frameIndex: Int, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        guard let preposition = framePreposition(after: index, frameIndex, work), preposition + 1 < work.tokens.count,
              work.tokens[preposition + 1].isWord, work.spanIndex(startingAt: preposition + 1) == nil,
              work.sentence.document.isArabic(work.tokens[preposition + 1])
                ? PossessiveForms.hasSuffix(NameFolding.fold(work.sentence.text(of: preposition + 1)), among: ["ها"])
                : work.token(preposition + 1, isIn: .possessives, lexicon: lexicon),
              let owner = work.actors.first, owner.range.upperBound <= index, owner.ids.count == 1,
              context.kind(owner.ids[0]) == .state, !work.isPrepositional(owner) else { return nil }
        return owner
    }

    /// Whether a nisba only qualifies the place noun of a place named after it ("struck the
    /// Ukrainian port of Izmail", "the Ukrainian port city of Izmail"): the place is the object.
    func namesPlace(of nisba: Actor, _ place: Actor, _ work: SentenceWork) -> Bool {
        let between = nisba.range.upperBound..<place.range.lowerBound
        return between.count >= 2 && between.count <= 3 && work.token(place.range.lowerBound - 1, is: lexicon.keywords.of)
            && between.contains { work.token($0, isIn: .placeNouns, lexicon: lexicon) }
    }

    /// Whether a nisba only describes the bodies or people of its state named right after it,
    /// at most two words and quotation marks between ("Russian oil companies Rosneft and Lukoil",
    /// 'شركتي النفط الروسيتين "روسنفت" و"لوك أويل"'): they are the object.
    func describesNamed(_ nisba: Actor, _ named: Actor, _ work: SentenceWork, context: DocumentContext) -> Bool {
        let between = nisba.range.upperBound..<named.range.lowerBound
        guard between.filter({ work.tokens[$0].isWord }).count <= 2,
              between.allSatisfy({ work.tokens[$0].isWord || work.isQuotationMark($0) }),
              [.organization, .person].contains(context.kind(named.ids[0])) else { return false }
        return nisba.ids.count == 1 && context.state(of: named.ids[0]) == nisba.ids[0]
    }

    /// The people a nisba or a title's object is spelled out as after a pronoun of list
    /// `naming_pronouns`, one or two words after it ("على وزيرين إسرائيليين متطرفين هما إيتمار بن
    /// غفير وبتسلئيل سموتريتش"): the first of them, whose list the object takes.
    func namedAfterPronoun(_ object: Actor, _ work: SentenceWork) -> Actor? {
        guard object.source != .name || work.spanIndex(startingAt: object.range.lowerBound).map({ work.spans[$0].value.isNisba }) == true,
              let pronoun = (object.range.upperBound...(object.range.upperBound + 2)).first(where: { work.token($0, isIn: .namingPronouns, lexicon: lexicon) }),
              (object.range.upperBound..<pronoun).allSatisfy({ work.tokens[$0].isWord }) else { return nil }
        return work.actors.first { $0.range.lowerBound == pronoun + 1 }
    }
}
