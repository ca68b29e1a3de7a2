import EntityGraph

/// Who does the deed of a clause after "بعد أن" / "بعدما" that names no subject, when the main
/// clause's subject, a state or a body, cannot be its doer: the person the main clause acted on
/// ("فرضت وزارة الخزانة الأميركية عقوبات على الرئيس الكولومبي غوستافو بيترو، بعد أن انتقد الضربات":
/// Petro criticised them).
extension FramePatterns {
    /// The person named last before the opener of the clause of `trigger` (a subordinator or a
    /// clause opener whose first word is of list `consequence_openers`), when the verb is
    /// masculine and singular as written (no ت or ا at its end), no one is named right after it,
    /// and the sentence's first actor, the main clause's subject, is a state or an organisation.
    func consequenceDoer(of trigger: Span, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        let start = trigger.range.lowerBound
        guard let opener = work.span(endingAt: start), [.function("subordinators"), .function("clause_openers")].contains(opener.value),
              work.token(opener.range.lowerBound, isInWordList: "consequence_openers", lexicon: lexicon),
              let main = work.actors.first, main.range.upperBound <= opener.range.lowerBound, !work.isPrepositional(main),
              [.state, .organization].contains(context.kind(main.ids[0])),
              work.firstActor(in: trigger.range.upperBound..<(trigger.range.upperBound + 1)) == nil else { return nil }
        let verb = NameFolding.fold(work.sentence.text(of: start)).dropFirst(trigger.clitic.count)
        guard !verb.hasSuffix("ت"), !verb.hasSuffix("ا") else { return nil }
        return work.actors.last { actor in
            actor.range.lowerBound >= main.range.upperBound && actor.range.upperBound <= opener.range.lowerBound
                && actor.ids.count == 1 && context.kind(actor.ids[0]) == .person
        }
    }
}
