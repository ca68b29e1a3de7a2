import EntityGraph

/// English counterparts in the plural, their states' nisbas joined before the noun and their
/// names after it ("hosted his Azerbaijani and Georgian counterparts, Jeyhun Bayramov and Maka
/// Botchorishvili"): each person holds the role of the one whose counterparts they are, in the
/// state of the nisba at the same place of the list; names the lexicon lacks become people.
extension RoleRecognizer {
    /// Emits holds_role for each name after a noun of list `counterpart_plurals`, when two or
    /// more nisbas stand before it and as many names follow it (a comma allowed before them).
    func pluralCounterparts(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("counterpart_plurals") {
            let (states, start) = nisbasJoined(endingAt: span.range.lowerBound, work)
            guard states.count >= 2, let people = names(after: span.range.upperBound, count: states.count, work, context: context),
                  let role = roleOfPerson(before: span, work, context: context) else { continue }
            // The counterparts together are one actor, the object of "hosted" or "met".
            let nameRanges = Set(people.map(\.1))
            work.consumed.formUnion(work.spans.indices.filter { nameRanges.contains(work.spans[$0].range) })
            work.add(Actor(ids: people.map(\.0), range: start..<people.last!.1.upperBound, clitic: "", source: .title))
            for ((person, range), state) in zip(people, states) {
                context.mention(person, in: work.sentence, range)
                context.affiliation[person] = state
                context.roles[person] = role
                context.emit(person, .holdsRole, state, attributes: ["role": role], sentence: work.sentence,
                             tokens: span.range.lowerBound...(range.upperBound - 1), rule: "plural_counterparts", confidence: 0.85)
            }
        }
    }

    /// The states of the nisbas joined by "and" or commas that end at token `end`, in order, and
    /// where the first starts.
    private func nisbasJoined(endingAt end: Int, _ work: SentenceWork) -> ([String], Int) {
        var states: [String] = [], cursor = end, start = end
        while let nisba = work.span(endingAt: cursor), case .nisba(let state) = nisba.value, !states.contains(state) {
            states.insert(state, at: 0)
            (cursor, start) = (nisba.range.lowerBound, nisba.range.lowerBound)
            guard work.token(cursor - 1, is: lexicon.keywords.and) || (cursor >= 1 && work.tokens[cursor - 1].mark == ",") else { break }
            cursor -= 1
            if work.token(cursor - 1, is: lexicon.keywords.and) { cursor -= 1 } // ", and"
        }
        return (states, start)
    }

    /// Exactly `count` people named from token `start` (a comma first allowed), joined by "and"
    /// or commas: known people, or two or three capitalised words that become one.
    private func names(after start: Int, count: Int, _ work: SentenceWork, context: DocumentContext) -> [(String, Range<Int>)]? {
        var cursor = start < work.tokens.count && work.tokens[start].mark == "," ? start + 1 : start
        var people: [(String, Range<Int>)] = []
        while people.count < count, cursor < work.tokens.count {
            if let index = work.spanIndex(startingAt: cursor) {
                guard case .entity(let id) = work.spans[index].value, context.kind(id) == .person else { return nil }
                people.append((id, work.spans[index].range))
            } else if let length = nameLength(work, from: cursor) {
                people.append((context.discoverPerson(work.sentence, cursor..<(cursor + length)), cursor..<(cursor + length)))
            } else {
                return nil
            }
            cursor = people.last!.1.upperBound
            if people.count < count, cursor < work.tokens.count, work.tokens[cursor].mark == "," { cursor += 1 }
            if people.count < count, work.token(cursor, is: lexicon.keywords.and) { cursor += 1 }
        }
        return people.count == count ? people : nil
    }
}
