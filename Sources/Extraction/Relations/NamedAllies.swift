import EntityGraph

/// An ally named right after a possessive ally phrase (list `ally_anaphora`: "in solidarity
/// with its ally Azerbaijan", "its closest ally Belarus"): allied with the one the possessive
/// stands for, the subject of its clause when that is an armed group or a body ("Hezbollah fired
/// rockets into northern Israel in support of its ally Hamas"), else the last actor before it
/// that serves a state.
extension StructuralPatterns {
    /// Emits allied_with for each ally phrase followed by a named state or body.
    func namedAllies(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("ally_anaphora") {
            guard let ally = work.actors.first(where: { $0.range.lowerBound == span.range.upperBound }),
                  let (owner, holder) = possessor(of: span, work, context: context) else { continue }
            let named = context.actingEntity(ally.ids[0])
            guard named != holder, [.state, .organization, .alliance].contains(context.kind(named)) else { continue }
            context.emit(holder, .alliedWith, named, sentence: work.sentence, tokens: owner.range.lowerBound...(ally.range.upperBound - 1),
                         rule: "named_ally", confidence: 0.75)
        }
    }

    /// The actor a possessive ally phrase belongs to and the entity it stands for: the clause's
    /// first actor when it is an organisation or an alliance not governed by a preposition, else
    /// the last actor before the phrase that serves a state, and that state.
    private func possessor(of span: Span, _ work: SentenceWork, context: DocumentContext) -> (Actor, String)? {
        let start = (0..<span.range.lowerBound).last { work.isClauseBreak($0) || work.opensClause($0) }.map { $0 + 1 } ?? 0
        if let subject = work.actors.first(where: { $0.range.lowerBound >= start && $0.range.upperBound <= span.range.lowerBound }),
           [.organization, .alliance].contains(context.kind(subject.ids[0])), !work.isPrepositional(subject) {
            return (subject, subject.ids[0])
        }
        guard let owner = work.actors.last(where: { $0.range.upperBound <= span.range.lowerBound && context.state(of: $0.ids[0]) != nil }),
              let state = context.state(of: owner.ids[0]) else { return nil }
        return (owner, state)
    }
}
