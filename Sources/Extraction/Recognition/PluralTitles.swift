/// An English title in the plural before two names joined by "and" ("Foreign Ministers Ararat
/// Mirzoyan and Jeyhun Bayramov", "US envoys Steve Witkoff and Jared Kushner"): the second person
/// holds the same role, in the office the lexicon gives them on the article date, or, for a
/// person the lexicon gives no office then, in the office of the first.
extension RoleRecognizer {
    /// Emits holds_role for the person named after "and" at token `end`, when the title before
    /// the first name is plural.
    func secondHolderOfPluralTitle(_ role: String, after end: Int, _ work: SentenceWork, context: DocumentContext) {
        guard work.token(end, is: lexicon.keywords.and), let first = work.actors.last(where: { $0.range.upperBound == end }),
              let title = work.spans.first(where: { span in
                  guard span.range.lowerBound >= first.range.lowerBound, span.range.upperBound <= first.range.upperBound,
                        case .title = span.value else { return false }
                  return true
              }),
              work.sentence.text(of: title.range.upperBound - 1).hasSuffix("s") else { return }
        let person: String, range: Range<Int>, office: String
        if let next = work.spanIndex(startingAt: end + 1), !work.consumed.contains(next),
           case .entity(let known) = work.spans[next].value, context.kind(known) == .person {
            let held = lexicon.entities[known]?.roles(heldOn: context.date) ?? []
            guard let kept = held.first(where: { $0.role == role })?.of ?? (held.isEmpty ? context.affiliation[first.ids[0]] : nil)
            else { return }
            (person, range, office) = (known, work.spans[next].range, kept)
            work.consumed.insert(next)
        } else if work.spanIndex(startingAt: end + 1) == nil, let length = nameLength(work, from: end + 1),
                  let firstOffice = context.affiliation[first.ids[0]] {
            range = (end + 1)..<(end + 1 + length)
            (person, office) = (context.discoverPerson(work.sentence, range), firstOffice)
        } else {
            return
        }
        context.mention(person, in: work.sentence, range)
        work.add(Actor(ids: [person], range: range, clitic: "", source: .name))
        recordSecondHolder(person, role: role, office: office, evidence: title.range.lowerBound...(range.upperBound - 1), work, context: context)
    }
}
