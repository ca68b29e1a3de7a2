import EntityGraph

/// The casualties of an attack told with its doer and no target, named before it as killed or
/// wounded ("قُتل 12 جنديا صوماليا على الأقل، الأربعاء، في هجوم شنته حركة الشباب", "Three Israeli
/// soldiers were killed in an attack by Hezbollah"): the attack is on the state or group they
/// belong to.
extension FramePatterns {
    /// The states or groups whose people a phrase of list `casualty_phrases` names as killed or
    /// wounded before the event noun `trigger`, which follows "في" / "in" (an article and the
    /// doer allowed between): in Arabic the actor one or two tokens after the passive verb
    /// ("قتل 12 جنديا صوماليا"), in English the one right before the phrase ("Israeli soldiers
    /// were killed"); people are left out, and empty when none is named so.
    func casualties(of trigger: Span, _ work: SentenceWork, context: DocumentContext) -> [String] {
        var before = trigger.range.lowerBound - 1 // past an article and the doer named before the noun: "in a Hezbollah attack"
        while before > 0, trigger.range.lowerBound - before <= 4,
              work.token(before, isOneOf: lexicon.keywords.articles) || work.actors.contains(where: { $0.range.contains(before) }) { before -= 1 }
        guard before > 0, work.token(before, isOneOf: lexicon.keywords.locative),
              let phrase = work.spans.last(where: { $0.value == .function("casualty_phrases") && $0.range.upperBound <= before }),
              before - phrase.range.upperBound <= 12 else { return [] }
        let victims = isEnglish(trigger, work)
            ? work.actors.last { $0.range.upperBound == phrase.range.lowerBound }
            : work.firstActor(in: phrase.range.upperBound..<(phrase.range.upperBound + 2))
        guard let victims, !work.isPrepositional(victims) else { return [] }
        return victims.ids.map(context.actingEntity).filter { [.state, .organization].contains(context.kind($0)) }
    }
}
