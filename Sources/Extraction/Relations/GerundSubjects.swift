import EntityGraph

/// An English gerund after a word opening a clause of time ("since launching its invasion",
/// "weeks after launching its invasion", "thanked China ... after meeting") is done by the subject
/// of the clause it hangs on.
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

    /// Whether an English gerund after a word of list `clause_openers` at `opener` takes the
    /// sentence's main subject: the opener right before it, or opening the trigger's own phrase
    /// ("after meeting") with no speech verb after the actor named last, `nearest` ("Vucic thanked
    /// China ... after meeting": Vucic; "..., Arevalo said Wednesday after meeting": Arevalo).
    func takesMainSubject(gerund trigger: Span, opener: Int?, nearest: Actor?, _ work: SentenceWork) -> Bool {
        guard let opener else { return false }
        if opener == trigger.range.lowerBound - 1 { return true }
        guard opener == trigger.range.lowerBound, let nearest else { return opener == trigger.range.lowerBound }
        return !work.spans.contains { span in
            span.value == .function(FunctionList.speechVerbs.rawValue) && span.range.lowerBound >= nearest.range.upperBound
                && span.range.upperBound <= trigger.range.lowerBound
        }
    }
}
