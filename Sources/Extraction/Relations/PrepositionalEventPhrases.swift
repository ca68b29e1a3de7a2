import EntityGraph

/// An actor right after an event phrase that ends with its own preposition ("بدعم من",
/// "backed by") belongs to that event, not to an earlier trigger of another kind: in "تطالب
/// باستقلال الإقليم بدعم من الجزائر" Algeria backs the demand and is not asked anything.
extension FramePatterns {
    /// Whether an event word of a relation type other than `type`, standing after `triggerEnd`,
    /// ends with a preposition right before the actor, and is not the deed a threat threatens
    /// ("threatened to impose tariffs on Norway" threatens Norway).
    func isObjectOfEventPhrase(_ actor: Actor, after triggerEnd: Int, type: RelationType, _ work: SentenceWork) -> Bool {
        let preposition = actor.range.lowerBound - 1
        guard preposition >= triggerEnd,
              work.token(preposition, isOneOf: lexicon.keywords.prepositions) || work.token(preposition, is: lexicon.keywords.by) else { return false }
        return work.spans.contains { span in
            guard span.range.lowerBound >= triggerEnd, span.range.upperBound == actor.range.lowerBound else { return false }
            switch span.value {
            case .trigger(let other), .nominalTrigger(let other): // "threatened to impose tariffs on Norway": the threat's own content
                return RelationType(lexicon.frames[other].type) != type && !(type == .threatens && isThreatened(span, work))
            default: return false
            }
        }
    }
}
