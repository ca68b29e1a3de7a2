import EntityGraph

/// An English sentence opened by "It" goes on about the state, bloc or body that opened the
/// sentence before as its subject ("Estonia, a member of NATO, has backed Ukraine. It shares a
/// 294-kilometer border with Russia").
extension Coreference {
    /// Remembers the subject that opens the sentence: its first actor, starting the sentence
    /// (after "The" at most) and no person, or nothing.
    func rememberOpeningSubject(_ work: SentenceWork, context: DocumentContext) {
        let start = work.token(0, is: lexicon.keywords.the) ? 1 : 0
        guard let first = work.actors.first, first.range.lowerBound == start, first.ids.count == 1,
              [.state, .alliance, .organization].contains(context.kind(first.ids[0])) else {
            context.openingSubject = nil
            return
        }
        context.openingSubject = first.ids[0]
    }

    /// Reads an "It" that opens an English sentence, followed by a word, as the previous
    /// sentence's opening subject.
    func resolveOpeningPronoun(_ work: SentenceWork, context: DocumentContext) {
        guard let subject = context.openingSubject, work.tokens.count > 1, work.tokens[1].isWord,
              work.sentence.text(of: 0) == "It", !work.actors.contains(where: { $0.range.lowerBound == 0 }) else { return }
        work.add(Actor(ids: [subject], range: 0..<1, clitic: "", source: .anaphora))
    }
}
