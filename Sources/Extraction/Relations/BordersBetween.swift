import EntityGraph

/// A border named by the states it lies between: "عبر الحدود بين البلدين", "الحدود بين الأردن
/// وسورية", "the border between the two countries", "the frontier between Armenia and
/// Azerbaijan" (list `borders_between`) → every two of the states named right after the phrase
/// (one word between at most, an article), or of the pair named before "بينهما" / "them",
/// border each other. Also whether a verb of sharing names a border, with its partner right
/// after it or after its subject.
extension StructuralPatterns {
    /// Emits borders between the states after each phrase of list `borders_between`.
    func bordersBetween(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("borders_between") {
            guard let list = work.listAfter(span.range.upperBound) ?? pairBefore(betweenThem: span, work) else { continue }
            var states: [String] = []
            for id in list.ids.map(context.actingEntity) where context.kind(id) == .state && !states.contains(id) {
                states.append(id)
            }
            guard states.count >= 2 else { continue }
            emitBorders(among: states, work, context: context, tokens: span.range.lowerBound...(list.end - 1), rule: "borders_between")
        }
    }

    /// The pair named before a phrase that ends with "بينهما" / "them" ("وتتقاسم الدولتان جزيرة
    /// هيسبانيولا، وتمتد الحدود بينهما"), and where the phrase ends.
    private func pairBefore(betweenThem span: Span, _ work: SentenceWork) -> (ids: [String], end: Int)? {
        let last = span.range.upperBound - 1
        guard work.token(last, isInWordList: "between_pronouns", lexicon: lexicon),
              let pair = work.actors.last(where: { $0.range.upperBound <= span.range.lowerBound && $0.ids.count == 2 }) else { return nil }
        return (pair.ids, span.range.upperBound)
    }

    /// Emits that a state said to lie between states borders each of them: after a word of
    /// location and its subject ("وتقع منغوليا بين روسيا والصين"), or right after the state, a
    /// comma allowed ("أرمينيا الواقعة بين", "Mongolia, located between Russia and China"; list
    /// `lying_between` in English), or before a short Arabic apposition ("بوتان، الدولة الحبيسة
    /// الواقعة في جبال الهيمالايا بين الهند والصين": "في" and up to three words allowed before "بين"),
    /// or right after the comma that closes an English phrase opening the sentence ("Landlocked
    /// between Russia and China, Mongolia").
    func bordersOfStatesBetween(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("location_words") || span.value == .function("lying_between") {
            var cursor = span.range.upperBound
            let english = span.value == .function("lying_between") // the English phrase ends with "between"
            let after = english ? nil : work.actors.first { $0.range.lowerBound == cursor && context.kind($0.ids[0]) == .state }
            if let after { cursor = after.range.upperBound }
            if !english, after == nil, let past = betweenPastPlace(cursor, work) { cursor = past }
            guard english || work.token(cursor, isOneOf: lexicon.keywords.between) else { continue }
            let before = span.range.lowerBound >= 1 && work.tokens[span.range.lowerBound - 1].mark == "," ? span.range.lowerBound - 1 : span.range.lowerBound
            guard let list = work.listAfter(english ? cursor : cursor + 1),
                  let subject = after ?? work.actors.last(where: { $0.range.upperBound == before }) ?? stateBeforeApposition(span, work)
                    ?? (english && span.range.lowerBound == 0 ? stateAfterFrontedPhrase(endingAt: list.end, work) : nil),
                  subject.ids.count == 1, context.kind(subject.ids[0]) == .state else { continue }
            for state in Set(list.ids.map(context.actingEntity)).sorted() where context.kind(state) == .state && state != subject.ids[0] {
                context.emit(subject.ids[0], .borders, state, sentence: work.sentence, tokens: min(subject.range.lowerBound, span.range.lowerBound)...(list.end - 1),
                             rule: "lying_between", confidence: 0.75)
            }
        }
    }

    /// The actor right after the comma that closes a phrase opening the sentence at token
    /// `end` ("Landlocked between Russia and China, Mongolia relies"), if any.
    private func stateAfterFrontedPhrase(endingAt end: Int, _ work: SentenceWork) -> Actor? {
        guard end < work.tokens.count, work.tokens[end].mark == "," else { return nil }
        return work.actors.first { $0.range.lowerBound == end + 1 }
    }

    /// The "بين" after "في" and up to three words naming where ("الواقعة في جبال الهيمالايا بين"),
    /// no punctuation between; nil when there is none.
    private func betweenPastPlace(_ index: Int, _ work: SentenceWork) -> Int? {
        guard work.token(index, is: lexicon.keywords.inside) else { return nil }
        return ((index + 2)...(index + 4)).first { end in
            end < work.tokens.count && work.token(end, isOneOf: lexicon.keywords.between)
                && ((index + 1)..<end).allSatisfy { work.tokens[$0].isWord }
        }
    }

    /// The state named right before a comma and an Arabic apposition of one to three words that
    /// ends at the word of location ("بوتان، الدولة الحبيسة الواقعة").
    private func stateBeforeApposition(_ location: Span, _ work: SentenceWork) -> Actor? {
        let start = location.range.lowerBound
        guard start >= 2, let comma = (max(0, start - 4)..<(start - 1)).last(where: { work.isComma($0) }),
              ((comma + 1)..<start).allSatisfy({ work.tokens[$0].isWord }),
              work.sentence.document.isArabic(work.tokens[start]) else { return nil }
        return work.actors.last { $0.range.upperBound == comma && !work.actors.contains { other in other.range.lowerBound > comma && other.range.upperBound <= start } }
    }

    /// Emits that every two of `states` border each other.
    func emitBorders(among states: [String], _ work: SentenceWork, context: DocumentContext, tokens: ClosedRange<Int>, rule: String) {
        for (index, state) in states.enumerated() {
            for other in states[(index + 1)...] where other != state {
                context.emit(state, .borders, other, sentence: work.sentence, tokens: tokens, rule: rule, confidence: 0.8)
            }
        }
    }

    /// Emits the border a border noun (list `border_nouns`) names by the two states that qualify
    /// it: Arabic nisbas after it ("الحدود البولندية البيلاروسية"), English nisbas or names joined
    /// by a hyphen before it ("the Polish-Lithuanian border", "the Russia-Ukraine border").
    func bordersOfPairs(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("border_nouns") {
            var states: [String] = []
            var range = span.range
            let english = !work.sentence.document.isArabic(work.tokens[span.range.lowerBound])
            while states.count < 3 {
                let next = english ? work.span(endingAt: range.lowerBound) : work.spans.first { $0.range.lowerBound == range.upperBound }
                guard let next, let state = next.state(in: lexicon), !states.contains(state) else { break }
                states.append(state)
                range = min(range.lowerBound, next.range.lowerBound)..<max(range.upperBound, next.range.upperBound)
                guard english else { continue }
                guard states.count == 1, PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, range.lowerBound - 1) else { break }
                range = (range.lowerBound - 1)..<range.upperBound
            }
            guard states.count == 2 else { continue }
            context.emit(states[0], .borders, states[1], sentence: work.sentence, tokens: range.lowerBound...(range.upperBound - 1),
                         rule: "border_of_pair", confidence: 0.8)
        }
    }

    /// Emits the border an Arabic verb of sharing names with its subject right after it ("وتتقاسم
    /// فنلندا مع روسيا حدوداً برية", "تتشارك أرمينيا مع إيران بحدود"): the subject borders the
    /// partner after "مع" when a word of "حدود" follows the partner; states joined as the subject
    /// border each other when the word follows them ("وتتشارك إيران وأرمينيا حدوداً"), or each
    /// the partner after a "مع" that follows it ("تتشارك لاتفيا وإستونيا حدوداً برية مع روسيا"), an
    /// apposition to them allowed before the word.
    func bordersSharedAfterSubject(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("sharing_verbs") {
            guard let subject = work.actors.first(where: { $0.range.lowerBound == span.range.upperBound }) else {
                bordersOfDroppedSubject(sharing: span, work, context: context)
                continue
            }
            let list = work.coordinated(from: subject, keywords: lexicon.keywords)
            let states = list.ids.compactMap(context.state(of:))
            let border = work.appositionEnd(after: list.end, lexicon: lexicon) ?? list.end // "ويشترك البلدان، العضوان في الناتو، في حدود"
            if states.count >= 2, border < work.tokens.count, isBorderWord(at: border, work) {
                // "تتشارك لاتفيا وإستونيا حدوداً برية مع روسيا": each with the partner after مع.
                let with = (border + 1..<min(work.tokens.count, border + 4)).first { work.token($0, is: lexicon.keywords.with) }
                if let with, let partner = work.actors.first(where: { $0.range.lowerBound == with + 1 }), let other = context.state(of: partner.ids[0]) {
                    for state in states where state != other {
                        context.emit(state, .borders, other, sentence: work.sentence, tokens: subject.range.lowerBound...(partner.range.upperBound - 1),
                                     rule: "shared_border", confidence: 0.8)
                    }
                } else {
                    emitBorders(among: states, work, context: context, tokens: subject.range.lowerBound...list.end, rule: "shared_border")
                }
                continue
            }
            guard work.token(subject.range.upperBound, is: lexicon.keywords.with),
                  let partner = work.actors.first(where: { $0.range.lowerBound == subject.range.upperBound + 1 }),
                  partner.range.upperBound < work.tokens.count, isBorderWord(at: partner.range.upperBound, work),
                  let state = context.state(of: subject.ids[0]), let other = context.state(of: partner.ids[0]), state != other else { continue }
            context.emit(state, .borders, other, sentence: work.sentence, tokens: subject.range.lowerBound...partner.range.upperBound,
                         rule: "shared_border", confidence: 0.8)
        }
    }

    /// Emits the borders a verb of sharing names with no subject after it ("وتعد ليتوانيا ...
    /// وتتقاسم حدوداً مع بيلاروس وجيب كالينينغراد الروسي", "فنلندا تتقاسم حدوداً مع روسيا"): the
    /// state right before the verb ("أن بلاده تتقاسم"), else the first state of the sentence,
    /// borders each state or place after "مع".
    private func bordersOfDroppedSubject(sharing verb: Span, _ work: SentenceWork, context: DocumentContext) {
        let end = verb.range.upperBound
        guard isBorderWord(at: end, work),
              let with = (end + 1..<min(work.tokens.count, end + 3)).first(where: { work.token($0, is: lexicon.keywords.with) }),
              let first = work.actors.first(where: { $0.range.lowerBound == with + 1 }),
              let subject = work.actors.first(where: { $0.range.upperBound == verb.range.lowerBound && context.kind($0.ids[0]) == .state })
                ?? work.actors.first(where: { $0.range.upperBound <= verb.range.lowerBound && context.kind($0.ids[0]) == .state }),
              subject.ids.count == 1 else { return }
        let partners = work.coordinated(from: first, keywords: lexicon.keywords)
        for id in partners.ids where [.state, .place].contains(context.kind(id)) && id != subject.ids[0] {
            context.emit(subject.ids[0], .borders, id, sentence: work.sentence, tokens: verb.range.lowerBound...(partners.end - 1),
                         rule: "shared_border", confidence: 0.75)
        }
    }

    /// Whether the word at `index` is a form of "حدود", with a proclitic ب or after "في" at most
    /// ("حدوداً", "الحدود", "بحدود", "في حدود"), or after a superlative of the pattern أفعل
    /// ("أطول حدود برية"); no word past the sentence's end is one.
    func isBorderWord(at index: Int, _ work: SentenceWork) -> Bool {
        guard index >= 0, index < work.tokens.count else { return false }
        let written = work.sentence.text(of: index)
        let superlative = written.count == 4 && written.hasPrefix("أ") && index + 1 < work.tokens.count
        let at = (work.token(index, is: lexicon.keywords.inside) || superlative) && index + 1 < work.tokens.count ? index + 1 : index
        let word = NameFolding.fold(work.sentence.text(of: at))
        return ["حدود", "الحدود", "بحدود"].contains { word.hasPrefix($0) }
    }

    /// Whether a verb of sharing with a partner (list `sharing_verbs`: "تتقاسم مع") names a
    /// border: a word of "حدود" right after the actor that follows it ("تتقاسم مع روسيا حدودا
    /// برية"); "تتقاسم مع روسيا الرؤية" shares none.
    func sharesBorder(after verb: Span, _ work: SentenceWork) -> Bool {
        guard let partner = work.actors.first(where: { $0.range.lowerBound == verb.range.upperBound }),
              partner.range.upperBound < work.tokens.count else { return false }
        return isBorderWord(at: partner.range.upperBound, work)
    }
}
