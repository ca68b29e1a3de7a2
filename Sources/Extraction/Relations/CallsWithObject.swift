import EntityGraph

/// Something said or done to someone "in a phone call" ("Putin congratulated the two leaders in
/// a phone call", "Modi told Trump in a phone call", "هنأ بوتين نظيره في اتصال هاتفي"): the
/// sentence's first actor (or the head of a relative clause closed before the verb: "Putin, whose
/// country ..., congratulated") and the one right before the phrase spoke, so met; an Arabic
/// word with ب that says what for may stand between ("هنأ روتو نظيرته بفوزها، في اتصال هاتفي").
extension StructuralPatterns {
    /// Emits met_with between the first actor and each actor right before a phrase of
    /// `call_phrases`, both people or both states.
    func callsWithObject(_ work: SentenceWork, context: DocumentContext) {
        for phrase in work.spans where phrase.value == .function("call_phrases") {
            guard let callee = work.actor(endingBefore: phrase.range.lowerBound, gap: 0) ?? calleeBeforeOccasion(phrase, work), let first = work.actors.first,
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

    /// The actor before an Arabic word with the proclitic ب (the occasion: "بفوزها") and at most
    /// a comma, right before a call phrase.
    private func calleeBeforeOccasion(_ phrase: Span, _ work: SentenceWork) -> Actor? {
        var occasion = phrase.range.lowerBound - 1
        if occasion >= 0, work.tokens[occasion].mark == "،" { occasion -= 1 }
        guard occasion >= 1, work.tokens[occasion].isWord, work.sentence.document.isArabic(work.tokens[occasion]),
              NameFolding.fold(work.sentence.text(of: occasion)).hasPrefix("ب"), work.spanIndex(startingAt: occasion) == nil else { return nil }
        return work.actor(endingBefore: occasion, gap: 0)
    }
}
