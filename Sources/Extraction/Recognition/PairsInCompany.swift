import EntityGraph

/// A pair of leaders someone is "with" is two other people: "قال أردوغان، في مؤتمر صحفي مشترك
/// مع الزعيمين، إن البلدين وقعا" (Erdogan speaks with the two leaders; he is not one of them),
/// and "the two countries" named after such a pair in its sentence are the pair's states.
extension Coreference {
    /// The person a pair anaphor right after "مع" / "with" keeps company with: the subject of the
    /// sentence's speech verb before it, else the sentence's first actor when that is a person.
    func companion(ofPairAt span: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        let start = span.range.lowerBound
        guard work.token(start - 1, isOneOf: lexicon.keywords.withWords) else { return nil }
        let subject = work.speechSubject(before: start) ?? work.actors.first { $0.range.upperBound < start }
        return subject.flatMap { context.kind($0.ids[0]) == .person ? $0.ids[0] : nil }
    }

    /// The states of the two people a leader pair earlier in the sentence stands for, when they
    /// serve two states ("مع الزعيمين، إن البلدين": the leaders' countries).
    func statesOfLeaderPair(before index: Int, _ work: SentenceWork, context: DocumentContext) -> [String]? {
        guard let pair = work.actors.last(where: { actor in
            actor.source == .anaphora && actor.range.upperBound <= index && actor.ids.count == 2
                && actor.ids.allSatisfy { context.kind($0) == .person }
        }) else { return nil }
        let states = pair.ids.compactMap(context.state(of:))
        return states.count == 2 && states[0] != states[1] ? states : nil
    }
}
