import EntityGraph

/// People the lexicon does not know, named right after a title's agent phrase ("The RSF, led by
/// Mohamed Hamdan Dagalo,", "التي يتزعمها محمد حمدان دقلو"): the words after it read as a name
/// the way words after a title do, and the person is an actor of the sentence (the office they
/// hold is read with the other structural patterns).
extension RoleRecognizer {
    /// Introduces the person named after each agent phrase that no known name follows.
    func namesAfterAgentPhrases(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function(Lexicon.agentPhraseList) {
            let start = span.range.upperBound
            guard work.spanIndex(startingAt: start) == nil, !work.actors.contains(where: { $0.range.contains(start) }),
                  let length = nameLength(work, from: start) else { continue }
            let name = start..<(start + length)
            let person = context.discoverPerson(work.sentence, name)
            context.mention(person, in: work.sentence, name, clitic: "")
            work.add(Actor(ids: [person], range: name, clitic: "", source: .name))
        }
    }
}
