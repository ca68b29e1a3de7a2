import EntityGraph

/// Arabic pronouns joined to a complementizer (list `complementizer_pronouns`: "أنها", "إنه")
/// right before a verb: who does what the verb says.
extension Coreference {
    /// Adds an actor for each such pronoun before a verb trigger (a particle such as "لم" or
    /// "قد" may stand between): after و, the subject of the complement clause before it ("أن
    /// لاتفيا ستنشر ...، وأنها طلبت": Latvia); right after a speech verb or its subject, the one
    /// who speaks ("وقال بيسكوف إنه بحث": Peskov; "وأضافت أنها" with no subject: the speaker of
    /// the sentences before). A feminine pronoun (ها) is a state or a body, or a person after a
    /// feminine verb; a masculine one (ه) a person or a body.
    func complementizerPronouns(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("complementizer_pronouns") {
            let index = span.range.lowerBound
            guard !work.actors.contains(where: { $0.range.contains(index) }), isBeforeVerb(span.range.upperBound, work) else { continue }
            let written = String(NameFolding.fold(work.text(span.range)).dropFirst(span.clitic.count))
            let feminine = written.hasSuffix("ها")
            let agrees: (String, Bool) -> Bool = { id, feminineVerb in
                switch context.kind(id) {
                case .person: return feminine == feminineVerb
                case .state, .alliance: return feminine
                default: return true
                }
            }
            let referent = span.clitic == "و" ? earlierComplementSubject(before: index, work).flatMap { agrees($0.ids[0], feminine) ? $0.ids : nil }
                : speaker(before: index, work, context: context).flatMap { agrees($0.id, $0.feminineVerb) ? [$0.id] : nil }
            guard let referent else { continue }
            work.add(Actor(ids: referent, range: span.range, clitic: span.clitic, source: .anaphora))
        }
    }

    /// Whether a verb trigger starts at token `index`, or one word after it.
    private func isBeforeVerb(_ index: Int, _ work: SentenceWork) -> Bool {
        [index, index + 1].contains { start in
            work.spans.contains { span in
                guard span.range.lowerBound == start, case .trigger = span.value else { return false }
                return start == index || (work.tokens[index].isWord && work.spanIndex(startingAt: index) == nil
                                          && !work.actors.contains { $0.range.contains(index) })
            }
        }
    }

    /// The actor right after the last complementizer before token `index`: that clause's subject.
    private func earlierComplementSubject(before index: Int, _ work: SentenceWork) -> Actor? {
        guard let complementizer = (0..<index).last(where: { work.token($0, isIn: .complementizers, lexicon: lexicon) }) else { return nil }
        return work.actors.first { $0.range.lowerBound == complementizer + 1 && $0.range.upperBound <= index }
    }

    /// Who speaks when token `index` follows a speech verb or the actor right after it ("قال
    /// بيسكوف إنه"), or an actor right before the verb ("بيسكوف قال إنه"); with neither, the
    /// document's speaker. A circumstance may stand before the pronoun ("وأضاف فوتشيتش في مؤتمر
    /// صحفي ببلغراد أنه"). Whether the verb is feminine ("قالت", "تقول") comes with it.
    private func speaker(before index: Int, _ work: SentenceWork, context: DocumentContext) -> (id: String, feminineVerb: Bool)? {
        guard let verb = work.spans.last(where: { $0.range.upperBound <= index && $0.value == .function("speech_verbs") }) else { return nil }
        let folded = String(NameFolding.fold(work.text(verb.range)).dropFirst(verb.clitic.count))
        let feminineVerb = folded.hasSuffix("ت") || folded.hasPrefix("ت") || folded.hasSuffix("ة")
        if let after = work.firstActor(in: verb.range.upperBound..<(verb.range.upperBound + 1)), index >= after.range.upperBound,
           isCircumstance(after.range.upperBound..<index, work) {
            return (after.ids[0], feminineVerb)
        }
        guard isCircumstance(verb.range.upperBound..<index, work) else { return nil }
        if let before = work.actor(endingBefore: verb.range.lowerBound, gap: 0) { return (before.ids[0], feminineVerb) }
        return context.speaker.map { ($0, feminineVerb) }
    }

    /// Whether the tokens of `range` are none, or a circumstance of at most eight tokens in one
    /// clause: a time phrase or a phrase opened by a preposition, written apart or joined
    /// ("للصحفيين"), naming no one but after a preposition ("في مؤتمر صحفي ببلغراد", "خلال لقائه
    /// مع نظيره"), with no event word nor another complementizer.
    private func isCircumstance(_ range: Range<Int>, _ work: SentenceWork) -> Bool {
        guard !range.isEmpty else { return true }
        let first = range.lowerBound
        let proclitic = ArabicClitics.readings(work.sentence.text(of: first)).contains { reading in
            ["ب", "ل"].contains { ArabicClitics.endsWithPreposition(reading.clitic, $0) }
        }
        guard range.count <= 8, !work.hasClauseBreak(range), proclitic || work.skippingTimePhrase(first) > first
                || work.token(first, isOneOf: lexicon.keywords.prepositions) || work.token(first, isIn: .asideOpeners, lexicon: lexicon),
              !range.contains(where: { work.token($0, isIn: .complementizers, lexicon: lexicon) }) else { return false }
        return work.actors.allSatisfy { !range.contains($0.range.lowerBound) || work.isPrepositional($0) }
            && work.spans.allSatisfy { span in
                guard range.contains(span.range.lowerBound) else { return true }
                switch span.value {
                case .trigger, .nominalTrigger: return false
                default: return true
                }
            }
    }
}
