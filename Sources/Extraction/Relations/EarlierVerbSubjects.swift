import EntityGraph

/// Whether the actor before an event word is the subject of a verb written before it, and so
/// not the agent of that event.
extension FramePatterns {
    /// Whether the actor before a trigger (with those coordinated before it) is the subject of
    /// an Arabic verb written right before them ("انتقدت ليتوانيا ولاتفيا المناورات": the two
    /// states criticise, the exercises are what they criticise, not an event of theirs), or of
    /// an event or speech verb when the trigger has its own agent in construct ("جدد سافايا دعم
    /// واشنطن لاستقرار العراق", "أكد بن فرحان دعم المملكة لوحدة سوريا"). Not when
    /// the verb's ending says its subject was dropped ("ودعتا الاتحاد الأوروبي إلى فرض"), nor
    /// when the actor is the object of a request whose content the trigger starts, nor when it
    /// follows a preposition ("تقديم ضمانات لبيلاروس باعتبارها حليفا"), nor when the verb's subject
    /// takes part in the joint event the trigger names ("بحثت المجر التعاون مع روسيا"), nor when it
    /// agreed on the event ("اتفق الاتحاد الأوروبي على فرض عقوبات"), nor when the verb's trigger
    /// ends with a complementizer ("حذر من أن روسيا قد تهاجم": the clause's subject).
    func isSubjectOfEarlierVerb(_ actor: Actor, trigger: Span, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard !work.isPrepositional(actor) else { return false }
        let start = work.coordinatedBefore(actor, keywords: lexicon.keywords, kind: context.kind).start
        let verbBefore = work.token(start - 1, isIn: .eventVerbs, lexicon: lexicon) || followsSpeechVerb(start, work)
        if verbBefore, hasConstructAgentBeforeObject(trigger, work) { return true }
        guard let verb = work.spans.last(where: { $0.range.upperBound == start }), case .trigger(let frame) = verb.value,
              hasRequiredWords(frame, after: verb.range.upperBound, work),
              !work.token(verb.range.upperBound - 1, isIn: .complementizers, lexicon: lexicon),
              !isEnglish(verb, work), !agreesWithDroppedSubject(verb, work),
              !sharesEvent(verbFrame: frame, trigger: trigger), !agreesOn(verbFrame: frame, trigger: trigger, work) else { return false }
        return !work.complements.keys.contains { actor.range.upperBound <= $0 && $0 <= trigger.range.lowerBound }
    }

    /// Whether a verb of agreement (a cooperation frame) has the trigger after "على" for what its
    /// subject agreed on ("اتفق الاتحاد الأوروبي على فرض عقوبات على بيلاروسيا"): the subject does it.
    private func agreesOn(verbFrame: Int, trigger: Span, _ work: SentenceWork) -> Bool {
        let before = trigger.range.lowerBound - 1
        return RelationType(lexicon.frames[verbFrame].type) == .cooperatesWith && trigger.clitic.isEmpty
            && before >= 0 && NameFolding.fold(work.sentence.text(of: before)) == Self.on
    }

    /// "على", folded as the text is.
    private static let on = NameFolding.fold("على")

    /// Whether a verb's frame has `shares_event` and the trigger after it names a joint event
    /// (a frame with `plural_subject`): the verb's subject is one of its parties.
    private func sharesEvent(verbFrame: Int, trigger: Span) -> Bool {
        guard lexicon.frames[verbFrame].shares_event == true, case .trigger(let event) = trigger.value else { return false }
        return lexicon.frames[event].plural_subject == true
    }
}
