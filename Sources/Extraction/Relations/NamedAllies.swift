import EntityGraph

/// An ally named right after a possessive ally phrase (list `ally_anaphora`: "in solidarity
/// with its ally Azerbaijan", "its closest ally Belarus"): allied with the state the possessive
/// stands for, the last actor before it that serves a state.
extension StructuralPatterns {
    /// Emits allied_with for each ally phrase followed by a named state or body.
    func namedAllies(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("ally_anaphora") {
            guard let ally = work.actors.first(where: { $0.range.lowerBound == span.range.upperBound }),
                  let owner = work.actors.last(where: { $0.range.upperBound <= span.range.lowerBound && context.state(of: $0.ids[0]) != nil }),
                  let state = context.state(of: owner.ids[0]) else { continue }
            let named = context.actingEntity(ally.ids[0])
            guard named != state, [.state, .organization, .alliance].contains(context.kind(named)) else { continue }
            context.emit(state, .alliedWith, named, sentence: work.sentence, tokens: owner.range.lowerBound...(ally.range.upperBound - 1),
                         rule: "named_ally", confidence: 0.75)
        }
    }
}
