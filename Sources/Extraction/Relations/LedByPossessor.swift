import EntityGraph

/// An organisation written after a person's English possessive ("Andrej Babis's ANO party",
/// "Orban's Fidesz party", "Prigozhin's Wagner"): the person leads it.
extension StructuralPatterns {
    /// Emits holds_role (role `leader`) from each person to the organisation after their possessive.
    func ledByPossessor(_ work: SentenceWork, context: DocumentContext) {
        for body in work.actors where body.ids.count == 1 && body.source == .name && context.kind(body.ids[0]) == .organization {
            guard let length = work.possessiveLength(before: body.range.lowerBound),
                  let leader = work.actor(endingBefore: body.range.lowerBound - length, gap: 0), leader.ids.count == 1,
                  leader.source == .name, context.kind(leader.ids[0]) == .person else { continue }
            context.emit(leader.ids[0], .holdsRole, body.ids[0], attributes: ["role": "leader"], sentence: work.sentence,
                         tokens: leader.range.lowerBound...(body.range.upperBound - 1), rule: "led_by_possessor", confidence: 0.7)
        }
    }
}
