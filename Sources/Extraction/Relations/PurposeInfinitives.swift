import EntityGraph

/// An English infinitive of purpose after the object of a visit ("has visited Moscow to meet
/// Russian President Vladimir Putin", "travelled to Beijing to meet Xi"): said of the visitor,
/// not of the place visited.
extension FramePatterns {
    /// The subject of a trigger written as an infinitive ("to meet") right after an actor that is
    /// the object of a frame marked `purpose_subject`: the first actor before that frame's trigger
    /// that no preposition introduces, in the clause a speech verb reports when one does ("Shelile
    /// said a Lesotho delegation had travelled to Washington to ask": Lesotho asks); nil otherwise.
    func purposeSubject(of trigger: Span, _ work: SentenceWork) -> Actor? {
        let start = trigger.range.lowerBound
        guard work.token(start - 1, is: lexicon.keywords.toEnglish), let place = work.actor(endingBefore: start - 1, gap: 0),
              let carrier = work.spans.last(where: { span in
                  guard case .trigger(let frame) = span.value, lexicon.frames[frame].purpose_subject == true else { return false }
                  return span.range.upperBound <= place.range.lowerBound && place.range.lowerBound - span.range.upperBound <= 1
              }) else { return nil }
        let reported = work.spans.last { $0.value == .function(FunctionList.speechVerbs.rawValue) && $0.range.upperBound <= carrier.range.lowerBound }
        return work.actors.first { $0.range.lowerBound >= (reported?.range.upperBound ?? 0) && $0.range.upperBound <= carrier.range.lowerBound && !work.isPrepositional($0) }
    }
}
