import EntityGraph

/// An Arabic plural title before pairs of a state and a person ("وقع رؤساء طاجيكستان إمام علي
/// رحمون وقرغيزستان صادر جاباروف وأوزبكستان شوكت ميرزيوييف"): each person holds the title's role
/// in the state named right before them. The phrases are the lists `distributive_<role>` of the
/// function words, so that users add plural titles as data.
extension RoleRecognizer {
    /// The prefix of the function-word lists of plural titles; the rest of the name is the role.
    static let distributivePrefix = "distributive_"

    /// Emits holds_role for each state and person pair after a plural title, when two or more
    /// pairs follow it, the pairs after the first joined by و.
    func distributiveTitles(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans {
            guard case .function(let list) = span.value, list.hasPrefix(Self.distributivePrefix) else { continue }
            let role = String(list.dropFirst(Self.distributivePrefix.count))
            var cursor = span.range.upperBound
            var pairs: [(person: String, state: String, name: Range<Int>)] = []
            var used: [Int] = []
            while let statePosition = work.spanIndex(startingAt: cursor), case .entity(let stateId) = work.spans[statePosition].value,
                  context.kind(stateId) == .state, work.spans[statePosition].clitic == (pairs.isEmpty ? "" : "و"),
                  let personPosition = work.spanIndex(startingAt: work.spans[statePosition].range.upperBound),
                  case .entity(let personId) = work.spans[personPosition].value, context.kind(personId) == .person {
                pairs.append((personId, stateId, work.spans[personPosition].range))
                used += [statePosition, personPosition]
                cursor = work.spans[personPosition].range.upperBound
            }
            guard pairs.count >= 2 else { continue }
            // The heads of state together are one actor: the subject of "وقع" is all of them.
            work.consumed.formUnion(used)
            work.add(Actor(ids: pairs.map(\.person), range: span.range.lowerBound..<cursor, clitic: span.clitic, source: .title))
            for pair in pairs {
                context.mention(pair.person, in: work.sentence, pair.name)
                context.affiliation[pair.person] = pair.state
                context.roles[pair.person] = role
                context.emit(pair.person, .holdsRole, pair.state, attributes: ["role": role], sentence: work.sentence,
                             tokens: span.range.lowerBound...(pair.name.upperBound - 1), rule: "distributive_title", confidence: 0.85)
            }
        }
    }
}
