import EntityGraph

/// Something said or done to someone "in a phone call" ("Putin congratulated the two leaders in
/// a phone call", "Modi told Trump in a phone call", "هنأ بوتين نظيره في اتصال هاتفي"): the
/// sentence's first actor (or the head of a relative clause closed before the verb: "Putin, whose
/// country ..., congratulated") and the one right before the phrase spoke, so met.
extension StructuralPatterns {
    /// Emits met_with between the first actor and each actor right before a phrase of
    /// `call_phrases`, both people or both states.
    func callsWithObject(_ work: SentenceWork, context: DocumentContext) {
        for phrase in work.spans where phrase.value == .function("call_phrases") {
            guard let callee = work.actor(endingBefore: phrase.range.lowerBound, gap: 0), let first = work.actors.first,
                  let caller = work.relativeClauseHead(of: callee.range.lowerBound - 1, lexicon: lexicon)
                    ?? (work.hasClauseBreak(first.range.upperBound..<callee.range.lowerBound) ? nil : first),
                  caller.range.upperBound <= callee.range.lowerBound, caller.ids.count == 1 else { continue }
            let kind = context.kind(caller.ids[0])
            for id in callee.ids where id != caller.ids[0] && context.kind(id) == kind && [.person, .state].contains(kind) {
                context.emit(caller.ids[0], .metWith, id, sentence: work.sentence,
                             tokens: caller.range.lowerBound...(phrase.range.upperBound - 1), rule: "call_with_object", confidence: 0.65)
            }
        }
    }
}
