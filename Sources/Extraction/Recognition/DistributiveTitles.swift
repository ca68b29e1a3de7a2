import EntityGraph

/// An Arabic plural title before pairs of a state and a person ("وقع رؤساء طاجيكستان إمام علي
/// رحمون وقرغيزستان صادر جاباروف وأوزبكستان شوكت ميرزيوييف", "وزراء خارجية كازاخستان مراد
/// نورتليو، وقرغيزستان جينبيك كولوبايف"): each person holds the title's role in the state named
/// right before them. The phrases are the lists `distributive_<role>` of the function words, so
/// that users add plural titles as data.
extension RoleRecognizer {
    /// The prefix of the function-word lists of plural titles; the rest of the name is the role.
    static let distributivePrefix = "distributive_"

    /// Emits holds_role for each state and person pair after a plural title, when two or more
    /// pairs follow it, the pairs after the first joined by و (a comma allowed before it); names
    /// the lexicon lacks become people.
    func distributiveTitles(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans {
            guard case .function(let list) = span.value, list.hasPrefix(Self.distributivePrefix) else { continue }
            let role = String(list.dropFirst(Self.distributivePrefix.count))
            var cursor = span.range.upperBound
            var pairs: [(person: String?, state: String, name: Range<Int>)] = []
            var used: [Int] = []
            while true {
                let next = !pairs.isEmpty && cursor < work.tokens.count && ["،", ","].contains(work.tokens[cursor].mark) ? cursor + 1 : cursor
                guard let statePosition = work.spanIndex(startingAt: next), case .entity(let stateId) = work.spans[statePosition].value,
                      context.kind(stateId) == .state, work.spans[statePosition].clitic == (pairs.isEmpty ? "" : "و"),
                      let (person, name) = person(at: work.spans[statePosition].range.upperBound, work, context: context) else { break }
                pairs.append((person, stateId, name))
                used += [statePosition] + (person != nil ? work.spanIndex(startingAt: name.lowerBound).map { [$0] } ?? [] : [])
                cursor = name.upperBound
            }
            guard pairs.count >= 2 else { continue }
            let people = pairs.map { $0.person ?? context.discoverPerson(work.sentence, $0.name) }
            // The heads of state together are one actor: the subject of "وقع" is all of them.
            work.consumed.formUnion(used)
            work.add(Actor(ids: people, range: span.range.lowerBound..<cursor, clitic: span.clitic, source: .title))
            context.lastTitledGroup = (people, context.sentenceNumber)
            for (person, pair) in zip(people, pairs) {
                context.mention(person, in: work.sentence, pair.name)
                context.affiliation[person] = pair.state
                context.roles[person] = role
                context.emit(person, .holdsRole, pair.state, attributes: ["role": role], sentence: work.sentence,
                             tokens: span.range.lowerBound...(pair.name.upperBound - 1), rule: "distributive_title", confidence: 0.85)
            }
        }
    }

    /// The person named at token `start`: a known person's id, or nil with the range of an
    /// unknown name of two words or more.
    private func person(at start: Int, _ work: SentenceWork, context: DocumentContext) -> (String?, Range<Int>)? {
        if let position = work.spanIndex(startingAt: start) {
            guard case .entity(let id) = work.spans[position].value, context.kind(id) == .person else { return nil }
            return (id, work.spans[position].range)
        }
        return nameLength(work, from: start).map { (nil, start..<(start + $0)) }
    }
}
