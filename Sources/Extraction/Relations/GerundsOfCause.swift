import EntityGraph

/// The one an English gerund after "for" is said of: "imposed sanctions on Belarus ... for
/// allowing Russia to use its territory", "thanked Germany for supporting" — the last actor
/// named before "for" in its clause, other than the sentence's subject, does what the gerund
/// says.
extension FramePatterns {
    /// The subject of a gerund trigger right after "for": the last actor named in the ten tokens
    /// before "for", with no clause break between, that is not the sentence's first actor; nil
    /// for any other trigger.
    func causeGerundSubject(of trigger: Span, _ work: SentenceWork) -> Actor? {
        let opener = trigger.range.lowerBound - 1
        guard opener > 0, work.sentence.text(of: trigger.range.lowerBound).hasSuffix("ing"),
              work.sentence.text(of: opener).lowercased() == "for", let main = work.actors.first else { return nil }
        return work.actors.last { actor in
            actor.range.upperBound <= opener && opener - actor.range.upperBound <= 10 && actor.range != main.range
                && !work.hasClauseBreak(actor.range.upperBound..<opener)
        }
    }
}
