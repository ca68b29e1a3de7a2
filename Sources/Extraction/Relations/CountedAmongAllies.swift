import EntityGraph

/// A state counted among the allies of the one a pronoun stands for ("وتربط أذربيجان علاقات
/// وثيقة بكل من تركيا وإسرائيل، إذ تعد أنقرة أبرز حلفائها": Turkey is Azerbaijan's ally).
extension StructuralPatterns {
    /// Emits allied_with between the actor one or two words before a phrase of list
    /// `allies_in_bloc` that says allies ("حلفائها", not "شركائها"; none joined by و: "الولايات
    /// المتحدة وحلفاؤها") and counts among them ("أبرز", "أحد أقرب"; not the object of the
    /// actor's verb: "دعت ليتوانيا حلفاءها"), and the sentence's first actor, which the pronoun
    /// stands for: not governed by a preposition, serving another state.
    func countedAmongAllies(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("allies_in_bloc") && span.clitic.isEmpty {
            guard NameFolding.fold(work.text(span.range)).hasPrefix("حلفا"),
                  let ally = work.actor(endingBefore: span.range.lowerBound, gap: 2), ally.range.upperBound < span.range.lowerBound,
                  !work.hasClauseBreak(ally.range.upperBound..<span.range.lowerBound),
                  let first = work.actors.first, first.range.upperBound <= ally.range.lowerBound, !work.isPrepositional(first),
                  let owner = context.state(of: first.ids[0]), let allied = context.state(of: ally.ids[0]), owner != allied else { continue }
            context.emit(allied, .alliedWith, owner, sentence: work.sentence, tokens: ally.range.lowerBound...(span.range.upperBound - 1),
                         rule: "counted_among_allies", confidence: 0.65)
        }
    }
}
