import EntityGraph

/// A known person written after a state's English possessive ("Jordan's King Abdullah II",
/// "Russia's Putin"): the person holds the role the lexicon gives them in that state on the
/// article date.
extension StructuralPatterns {
    /// Emits holds_role for every known person after a possessive of a state they hold an office in.
    func possessedOfficeHolders(_ work: SentenceWork, context: DocumentContext) {
        for person in work.actors where person.source == .name && person.ids.count == 1 {
            guard let length = work.possessiveLength(before: person.range.lowerBound),
                  let owner = work.actor(endingBefore: person.range.lowerBound - length, gap: 0), owner.ids.count == 1,
                  context.kind(person.ids[0]) == .person, context.kind(owner.ids[0]) == .state,
                  let role = lexicon.entities[person.ids[0]]?.role(on: context.date, in: owner.ids[0]) else { continue }
            context.emit(person.ids[0], .holdsRole, owner.ids[0], attributes: ["role": role.role], sentence: work.sentence,
                         tokens: owner.range.lowerBound...(person.range.upperBound - 1), rule: "possessed_office_holder", confidence: 0.8)
        }
    }
}
