import EntityGraph

/// A gathering said to bring people together ("اجتماعاً ضم وزير الخارجية الأردني ... ونظيره
/// السوري ... والمبعوث الأميركي", "a meeting that brought together A, B and C"), or the people
/// said to take part in it ("وشارك في الاجتماع A، وB، وC"; "A and B attended the talks"): all of
/// them met each other. An Arabic verb with an object pronoun ("قمة ثلاثية جمعته مع بوتين وشي")
/// brings the one it stands for together with those after it; a dual one with no one after it
/// ("لقاء جمعهما") the two people named before.
extension StructuralPatterns {
    /// Emits met_with between every two people, or every two states, listed right after a word of
    /// list `gathering_members` that follows a gathering noun (list `gathering_nouns`) within two
    /// words, or after an Arabic phrase of `participation_phrases` (before an English one); people
    /// of one state are one side and meet no one of it. When the word carries an object pronoun,
    /// the nearest actor of the first listed one's kind before the gathering noun meets them too.
    func gatheringMembers(_ work: SentenceWork, context: DocumentContext) {
        for verb in work.spans where verb.value == .function("gathering_members") {
            let start = verb.range.lowerBound
            guard let noun = (max(0, start - 3)..<start).last(where: { work.token($0, isIn: .gatheringNouns, lexicon: lexicon) }) else { continue }
            let members = pastRank(at: verb.range.upperBound, work)
            guard let first = work.firstActor(in: members..<(members + 2)),
                  !work.isLocative(first, keywords: lexicon.keywords) else {
                if let pair = pairOfDualPronoun(verb, before: noun, work, context: context) {
                    meetEachOther(pair, evidence: noun...(verb.range.upperBound - 1), work, context: context)
                }
                continue
            }
            let list = work.coordinated(from: first, keywords: lexicon.keywords)
            let referent = pronounReferent(of: verb, before: noun, kind: context.kind(first.ids[0]), work, context: context)
            meetEachOther((referent.map { [$0] } ?? []) + list.ids, evidence: (referent == nil ? start : noun)...(list.end - 1), work, context: context)
        }
        for phrase in work.spans where phrase.value == .function("participation_phrases") {
            if work.sentence.document.isArabic(work.tokens[phrase.range.lowerBound]) {
                guard let first = work.firstActor(in: phrase.range.upperBound..<(phrase.range.upperBound + 2)) else { continue }
                let list = work.coordinated(from: first, keywords: lexicon.keywords)
                meetEachOther(list.ids, evidence: phrase.range.lowerBound...(list.end - 1), work, context: context)
            } else if let last = work.actor(endingBefore: phrase.range.lowerBound, gap: 0) {
                let list = work.coordinatedBefore(last, keywords: lexicon.keywords, kind: context.kind)
                meetEachOther(list.ids, evidence: list.start...(phrase.range.upperBound - 1), work, context: context)
            }
        }
    }

    /// The token after a title that names no one and an Arabic comma at `index`, the rank the
    /// first member's titles open with ("ضم وزير الدولة، وزير الشؤون الخارجية ... أحمد عطاف"); `index`
    /// otherwise.
    private func pastRank(at index: Int, _ work: SentenceWork) -> Int {
        guard let rank = work.spanIndex(startingAt: index), case .title = work.spans[rank].value,
              !work.actors.contains(where: { $0.range.lowerBound == index }), case let comma = work.spans[rank].range.upperBound,
              comma < work.tokens.count, work.tokens[comma].mark == "،" else { return index }
        return comma + 1
    }

    /// The one the object pronoun of a one-word gathering verb stands for ("جمعته"): the nearest
    /// actor of `kind` ending before the gathering noun at `noun`.
    private func pronounReferent(of verb: Span, before noun: Int, kind: EntityKind, _ work: SentenceWork, context: DocumentContext) -> String? {
        let word = NameFolding.fold(work.sentence.text(of: verb.range.lowerBound))
        guard verb.range.count == 1, ObjectPronounForms.isForm(word, suffixes: lexicon.pronounSuffixes) else { return nil }
        return work.actors.last { $0.range.upperBound <= noun && context.kind($0.ids[0]) == kind }?.ids.last
    }

    /// The two people named last before the gathering noun at `noun` in the sentence, when the
    /// gathering verb carries a dual object pronoun and names no one after it ("عقب لقاء جمعهما في
    /// البيت الأبيض": the two people the sentence named).
    private func pairOfDualPronoun(_ verb: Span, before noun: Int, _ work: SentenceWork, context: DocumentContext) -> [String]? {
        guard verb.range.count == 1, NameFolding.fold(work.sentence.text(of: verb.range.lowerBound)).hasSuffix("هما") else { return nil }
        var people: [String] = []
        for actor in work.actors.reversed() where actor.range.upperBound <= noun && actor.ids.count == 1 && context.kind(actor.ids[0]) == .person {
            if !people.contains(actor.ids[0]) { people.append(actor.ids[0]) }
            if people.count == 2 { return people }
        }
        return nil
    }

    /// Emits met_with between every two of `ids` of one kind (people or states) that are not one side.
    private func meetEachOther(_ ids: [String], evidence: ClosedRange<Int>, _ work: SentenceWork, context: DocumentContext) {
        let members = ids.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for (index, one) in members.enumerated() {
            for other in members[(index + 1)...] where context.kind(one) == context.kind(other) && [.person, .state].contains(context.kind(one))
                && !context.areOneSide(one, other) {
                context.emit(one, .metWith, other, sentence: work.sentence, tokens: evidence, rule: "gathering_members", confidence: 0.65)
            }
        }
    }
}
