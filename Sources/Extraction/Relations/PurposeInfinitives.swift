import EntityGraph

/// An infinitive of purpose after the object of a visit ("has visited Moscow to meet Russian
/// President Vladimir Putin", "travelled to Beijing to meet Xi", "travelled on to Kigali later in
/// the day to meet"; in Arabic a verb or verbal noun with the proclitic ل: "يتوجه ويتكوف إلى موسكو
/// هذا الأسبوع للقاء بوتين"): said of the visitor, not of the place visited.
extension FramePatterns {
    /// The subject of a trigger written as an infinitive ("to meet", "للقاء") right after an actor
    /// (a time phrase between allowed) that is the object of a frame marked `purpose_subject`:
    /// in Arabic the verb's subject after it when one stands between the verb and the place, or
    /// the actor right before a verbal noun with ب (the one accused of the deed), else the first
    /// actor before that frame's trigger that no preposition introduces, in the clause a
    /// speech verb reports when one does ("Shelile said a Lesotho delegation had travelled to
    /// Washington to ask": Lesotho asks); nil otherwise.
    func purposeSubject(of trigger: Span, _ work: SentenceWork) -> Actor? {
        let start = trigger.range.lowerBound
        let arabic = ArabicClitics.endsWithPreposition(trigger.clitic, "ل")
        guard arabic || work.token(start - 1, is: lexicon.keywords.toEnglish),
              case let end = arabic ? start : start - 1,
              let place = work.actor(endingBefore: end, gap: 0) ?? work.actor(beforeTimePhraseEndingAt: end),
              let carrier = work.spans.last(where: { span in
                  guard let frame = appliedFrame(of: span, work), lexicon.frames[frame].purpose_subject == true else { return false }
                  // An Arabic verb's subject may stand between it and the place: "وصل ويتكوف إلى موسكو".
                  return span.range.upperBound <= place.range.lowerBound && (place.range.lowerBound - span.range.upperBound <= 1
                      || arabic && !work.hasClauseBreak(span.range.upperBound..<place.range.lowerBound))
              }) else { return nil }
        if arabic, let visitor = work.actors.first(where: { $0.range.lowerBound >= carrier.range.upperBound && $0.range.upperBound <= place.range.lowerBound
            && !work.isPrepositional($0) }) {
            return visitor
        }
        // "تتهم كوريا الجنوبية بيونغ يانغ بإرسال جنود إلى روسيا لدعم ...": the one accused of the deed the verbal noun with ب names.
        if arabic, ArabicClitics.endsWithPreposition(carrier.clitic, "ب"), let doer = work.actor(endingBefore: carrier.range.lowerBound, gap: 0),
           !work.isPrepositional(doer) {
            return doer
        }
        let reported = work.spans.last { $0.value == .function(FunctionList.speechVerbs.rawValue) && $0.range.upperBound <= carrier.range.lowerBound }
        return work.actors.first { $0.range.lowerBound >= (reported?.range.upperBound ?? 0) && $0.range.upperBound <= carrier.range.lowerBound && !work.isPrepositional($0) }
    }
}
