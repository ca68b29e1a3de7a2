import EntityGraph

/// An English gerund after a word opening a clause of time ("since launching its invasion",
/// "weeks after launching its invasion") is done by the subject of the clause it hangs on.
extension FramePatterns {
    /// The subject of the clause the gerund at token `verb` hangs on, when a clause opener or a
    /// preposition opening a clause stands right before it: the last actor before that word
    /// that no preposition introduces, or that such an opener does ("The mission was shut down
    /// after Russia blocked the extension of its mandate weeks after launching its invasion":
    /// Russia; "Moscow has annexed four regions since launching its invasion": Moscow), with
    /// no person for "its" after the gerund.
    func gerundsSubject(at verb: Int, _ work: SentenceWork) -> Actor? {
        let opener = verb - 1
        guard opener >= 1, work.sentence.text(of: verb).hasSuffix("ing"), opensClauseOfTime(opener, work) else { return nil }
        return work.actors.last { actor in
            actor.range.upperBound <= opener && lexicon.entities[actor.ids[0]]?.kind != .person
                && (!work.isPrepositional(actor) || opensClauseOfTime(actor.range.lowerBound - 1, work))
        }
    }

    /// Whether token `index` is a clause opener ("after", "while") or a preposition of list
    /// `clause_opening_prepositions` ("since").
    private func opensClauseOfTime(_ index: Int, _ work: SentenceWork) -> Bool {
        work.token(index, isIn: .clauseOpeners, lexicon: lexicon)
            || work.spans.contains { $0.range == index..<(index + 1) && $0.value == .function("clause_opening_prepositions") }
    }
}
