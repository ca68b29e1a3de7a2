import EntityGraph

/// A state, by name or by its capital, speaking right after an Arabic verb of speech ("قالت
/// دوشنبه إن القوات القرغيزية هي التي بدأت", "وقالت روسيا إن"): the verb comes first in Arabic, so
/// the state is its subject. Not in English, where a state after "said" opens the reported clause
/// ("said Poland would reinforce its border").
extension Coreference {
    /// The state `actor` stands for (a capital stands for its state) when it has no preposition
    /// and stands right after the Arabic verb of speech `verb`; nil otherwise.
    func speakingState(_ actor: Actor, rightAfter verb: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        let state = context.actingEntity(actor.ids[0])
        guard actor.range.lowerBound == verb.range.upperBound, context.kind(state) == .state, !work.isPrepositional(actor),
              work.sentence.document.isArabic(work.tokens[verb.range.lowerBound]) else { return nil }
        return state
    }
}
