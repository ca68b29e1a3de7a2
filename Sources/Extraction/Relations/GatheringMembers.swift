import EntityGraph

/// A gathering said to bring people together ("اجتماعاً ضم وزير الخارجية الأردني ... ونظيره
/// السوري ... والمبعوث الأميركي", "a meeting that brought together A, B and C"): all of them met
/// each other.
extension StructuralPatterns {
    /// Emits met_with between every two people, or every two states, listed right after a word of
    /// list `gathering_members` that follows a gathering noun (list `gathering_nouns`) within two
    /// words; people of one state are one side and meet no one of it.
    func gatheringMembers(_ work: SentenceWork, context: DocumentContext) {
        for verb in work.spans where verb.value == .function("gathering_members") {
            let start = verb.range.lowerBound
            guard (max(0, start - 3)..<start).contains(where: { work.token($0, isIn: .gatheringNouns, lexicon: lexicon) }),
                  let first = work.firstActor(in: verb.range.upperBound..<(verb.range.upperBound + 2)) else { continue }
            let list = work.coordinated(from: first, keywords: lexicon.keywords)
            let members = list.ids.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            for (index, one) in members.enumerated() {
                for other in members[(index + 1)...] where context.kind(one) == context.kind(other) && [.person, .state].contains(context.kind(one))
                    && !context.areOneSide(one, other) {
                    context.emit(one, .metWith, other, sentence: work.sentence, tokens: start...(list.end - 1), rule: "gathering_members",
                                 confidence: 0.65)
                }
            }
        }
    }
}
