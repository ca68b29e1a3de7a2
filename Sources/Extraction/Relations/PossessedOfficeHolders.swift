import EntityGraph

/// A known person written after a state's English possessive ("Jordan's King Abdullah II",
/// "Russia's Putin"), or named by a lexicon name that opens with the title of their office
/// ("الملك سلمان", "King Salman"): the person holds the role the lexicon gives them (in that
/// state) on the article date. The possessive and the person are then one actor, the person.
extension StructuralPatterns {
    /// Emits holds_role for every known person after a possessive of a state they hold an office
    /// in, and for every known person whose name as written starts with their office's title.
    func possessedOfficeHolders(_ work: SentenceWork, context: DocumentContext) {
        for person in work.actors where person.source == .name && person.ids.count == 1 {
            if let role = titleInName(of: person, work, context: context) {
                context.emit(person.ids[0], .holdsRole, role.of, attributes: ["role": role.role], sentence: work.sentence,
                             tokens: person.range.lowerBound...(person.range.upperBound - 1), rule: "titled_name", confidence: 0.8)
                continue
            }
            guard let length = work.possessiveLength(before: person.range.lowerBound),
                  let owner = work.actor(endingBefore: person.range.lowerBound - length, gap: 0), owner.ids.count == 1,
                  context.kind(person.ids[0]) == .person, context.kind(owner.ids[0]) == .state,
                  let role = lexicon.entities[person.ids[0]]?.role(on: context.date, in: owner.ids[0]) else { continue }
            context.emit(person.ids[0], .holdsRole, owner.ids[0], attributes: ["role": role.role], sentence: work.sentence,
                         tokens: owner.range.lowerBound...(person.range.upperBound - 1), rule: "possessed_office_holder", confidence: 0.8)
            // One actor: "Putin meets Erdogan and Iran's Pezeshkian" lists two people, not Iran.
            if let first = work.actors.firstIndex(where: { $0.range == owner.range }), let second = work.actors.firstIndex(where: { $0.range == person.range }) {
                work.actors[first] = Actor(ids: person.ids, range: owner.range.lowerBound..<person.range.upperBound, clitic: owner.clitic, source: .name)
                work.actors.remove(at: second)
            }
        }
    }

    /// The lexicon office of a known person whose name span opens with that office's title.
    private func titleInName(of person: Actor, _ work: SentenceWork, context: DocumentContext) -> LexiconFiles.Role? {
        let start = person.range.lowerBound, first = work.tokens[start]
        let word = first.readings.0.clitic != 0 ? first.readings.0.word : first.word
        guard person.range.count >= 2, context.kind(person.ids[0]) == .person,
              let span = work.spanIndex(startingAt: start), work.spans[span].range == person.range,
              case .title(let title)? = lexicon.phrases.value(exactly: [word]),
              let held = lexicon.entities[person.ids[0]]?.role(on: context.date), held.role == title else { return nil }
        return held
    }
}
