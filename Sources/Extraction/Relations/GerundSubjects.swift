import EntityGraph

/// An English gerund after a word opening a clause of time ("since launching its invasion",
/// "weeks after launching its invasion") is done by the subject of the clause it hangs on.
extension FramePatterns {
    /// The subject of the clause the gerund at token `verb` hangs on, when a clause opener or a
    /// preposition opening a clause stands right before it: the first actor of that clause (from
    /// the opener before, or the sentence's start) that no preposition introduces, or that such an
    /// opener does, and that `fits` the possessive pronoun after the gerund ("The mission was shut
    /// down after Russia blocked the extension of its mandate weeks after launching its invasion":
    /// Russia; "Putin has met Xi four times since launching his invasion": Putin).
    func gerundsSubject(at verb: Int, _ work: SentenceWork, fits: (Actor) -> Bool) -> Actor? {
        let opener = verb - 1
        guard opener >= 1, work.sentence.text(of: verb).hasSuffix("ing"), opensClauseOfTime(opener, work) else { return nil }
        let clause = (0..<opener).last { opensClauseOfTime($0, work) } ?? 0
        return work.actors.first { actor in
            actor.range.lowerBound >= clause && actor.range.upperBound <= opener && fits(actor)
                && (!work.isPrepositional(actor) || opensClauseOfTime(actor.range.lowerBound - 1, work))
        }
    }

    /// Whether token `index` is a clause opener ("after", "while") or a preposition of list
    /// `clause_opening_prepositions` ("since").
    private func opensClauseOfTime(_ index: Int, _ work: SentenceWork) -> Bool {
        work.token(index, isIn: .clauseOpeners, lexicon: lexicon)
            || work.spanIndex(startingAt: index).map { work.spans[$0].value } == .function("clause_opening_prepositions")
    }
}
