import EntityGraph

/// A refusal of any role of a state ("Israel has rejected any Turkish military role in the
/// enclave", "رفضت إسرائيل أي دور تركي في القطاع", "opposes any role for Turkey"): the one who
/// refuses criticises that state. The state is a nisba between "any" / "أي" (`any_words`) and a
/// noun of `role_nouns` (Arabic: after the noun, one adjective between), or named after the noun
/// with a word of `role_prepositions` ("for") or ل.
extension StructuralPatterns {
    /// Emits criticizes from the subject of each refusal word followed by "any" and a role noun
    /// to the state whose role it is.
    func rejectedRoles(_ work: SentenceWork, context: DocumentContext) {
        for refusal in work.spans where refusal.value == .function("refusals") {
            let start = refusal.range.lowerBound
            guard !work.token(start - 1, isIn: .negations, lexicon: lexicon) else { continue }
            let arabic = work.sentence.document.isArabic(work.tokens[start])
            var any = refusal.range.upperBound
            var subject = arabic ? work.actors.first { $0.range.lowerBound == any } : nil
            if let after = subject { any = after.range.upperBound }
            guard work.token(any, isInWordList: "any_words", lexicon: lexicon),
                  let noun = ((any + 1)...min(any + 4, work.tokens.count - 1)).first(where: { work.token($0, isInWordList: "role_nouns", lexicon: lexicon) }) else { continue }
            subject = subject ?? work.actor(endingBefore: start, gap: 3).flatMap { actor in
                work.isPrepositional(actor) || work.hasClauseBreak(actor.range.upperBound..<start) ? nil : actor
            }
            guard let subject, let state = roleHolder(any: any, noun: noun, arabic: arabic, work, context: context) else { continue }
            for id in subject.ids.map(context.actingEntity) where id != state {
                context.emit(id, .criticizes, state, sentence: work.sentence, tokens: min(subject.range.lowerBound, start)...noun,
                             rule: "rejected_role", confidence: 0.7)
            }
        }
    }

    /// The state whose role is refused: a nisba between "any" and the noun (English) or within two
    /// words after the noun (Arabic), else a state named right after the noun with "for" / "ل".
    private func roleHolder(any: Int, noun: Int, arabic: Bool, _ work: SentenceWork, context: DocumentContext) -> String? {
        let nisbaRange = arabic ? (noun + 1)..<(noun + 3) : (any + 1)..<noun
        for span in work.spans where nisbaRange.contains(span.range.lowerBound) {
            if case .nisba(let state) = span.value { return state }
        }
        let next = noun + 1
        let named = arabic ? work.actors.first { $0.range.lowerBound == next && ArabicClitics.endsWithPreposition($0.clitic, "ل") }
            : work.token(next, isInWordList: "role_prepositions", lexicon: lexicon) ? work.actors.first { $0.range.lowerBound == next + 1 } : nil
        guard let named, named.ids.count == 1 else { return nil }
        let id = context.actingEntity(named.ids[0])
        return context.kind(id) == .state ? id : nil
    }
}
