/// An English title in the plural before two names joined by "and" ("Foreign Ministers Ararat
/// Mirzoyan and Jeyhun Bayramov"): the second person holds the same role, in the office the
/// lexicon gives them on the article date.
extension RoleRecognizer {
    /// Emits holds_role for the lexicon person named after "and" at token `end`, when the title
    /// before the first name is plural and that person holds `role` on the article date.
    func secondHolderOfPluralTitle(_ role: String, after end: Int, _ work: SentenceWork, context: DocumentContext) {
        guard work.token(end, is: lexicon.keywords.and), let first = work.actors.last(where: { $0.range.upperBound == end }),
              let title = work.spans.first(where: { span in
                  guard span.range.lowerBound == first.range.lowerBound, case .title = span.value else { return false }
                  return true
              }),
              work.sentence.text(of: title.range.upperBound - 1).hasSuffix("s"),
              let next = work.spanIndex(startingAt: end + 1), !work.consumed.contains(next),
              case .entity(let person) = work.spans[next].value, context.kind(person) == .person,
              let held = lexicon.entities[person]?.role(on: context.date), held.role == role else { return }
        let range = work.spans[next].range
        work.consumed.insert(next)
        context.mention(person, in: work.sentence, range)
        work.add(Actor(ids: [person], range: range, clitic: "", source: .name))
        context.affiliation[person] = held.of
        context.roles[person] = role
        context.emit(person, .holdsRole, held.of, attributes: ["role": role], sentence: work.sentence,
                     tokens: title.range.lowerBound...(range.upperBound - 1), rule: "title", confidence: 0.85)
    }
}
