import EntityGraph

/// An English sentence opened by "It" goes on about the state, bloc or body that opened the
/// sentence before as its subject ("Estonia, a member of NATO, has backed Ukraine. It shares a
/// 294-kilometer border with Russia"); one opened by "They", about those joined by "and" there
/// ("Slovakia and the Czech Republic are members of NATO. They are also part of ...").
extension Coreference {
    /// Remembers the subject that opens the sentence: its first actor, starting the sentence
    /// (after "The" at most) and no person, or nothing; and the list it opens, when it is one.
    func rememberOpeningSubject(_ work: SentenceWork, context: DocumentContext) {
        let start = work.token(0, is: lexicon.keywords.the) ? 1 : 0
        let acting: (String) -> Bool = { [.state, .alliance, .organization].contains(context.kind($0)) }
        guard let first = work.actors.first, first.range.lowerBound == start, first.ids.count == 1, acting(first.ids[0]) else {
            (context.openingSubject, context.openingSubjects) = (nil, nil)
            return
        }
        context.openingSubject = first.ids[0]
        let list = work.coordinated(from: first, keywords: lexicon.keywords).ids
        context.openingSubjects = list.count >= 2 && list.allSatisfy(acting) ? list : nil
    }

    /// Reads an "It" or "They" that opens an English sentence, followed by a word, as the
    /// previous sentence's opening subject or list.
    func resolveOpeningPronoun(_ work: SentenceWork, context: DocumentContext) {
        guard work.tokens.count > 1, work.tokens[1].isWord, !work.actors.contains(where: { $0.range.lowerBound == 0 }) else { return }
        let pronoun = work.sentence.text(of: 0)
        guard let subject = pronoun == "It" ? context.openingSubject.map({ [$0] }) : pronoun == "They" ? context.openingSubjects : nil
        else { return }
        work.add(Actor(ids: subject, range: 0..<1, clitic: "", source: .anaphora))
    }
}
