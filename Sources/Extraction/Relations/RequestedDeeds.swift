import EntityGraph

/// A deed done at someone's request: "Nigeria sent fighter jets ... at the request of the
/// government in Cotonou", "أرسلت روسيا قوات بناء على طلب الحكومة": the one named after a
/// phrase of list `request_phrases` asked the clause's subject.
extension StructuralPatterns {
    /// Emits requests from the actor right after each such phrase (and "the") to the sentence's
    /// first actor before it that is no preposition's object (the doer), unless one is a body of
    /// the other or both are people of one state.
    func requestedDeeds(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("request_phrases") {
            let named = work.token(span.range.upperBound, isOneOf: lexicon.keywords.articles) ? span.range.upperBound + 1 : span.range.upperBound
            guard let asker = work.actors.first(where: { $0.range.lowerBound == named }),
                  let doer = work.actors.first(where: { $0.range.upperBound <= span.range.lowerBound && !work.isPrepositional($0) })
            else { continue }
            let (source, target) = (context.actingEntity(asker.ids[0]), context.actingEntity(doer.ids[0]))
            guard source != target, !context.areOneSide(source, target), !context.isBody(source, of: target), !context.isBody(target, of: source),
                  [EntityKind.state, .person, .organization, .alliance].contains(context.kind(source)) else { continue }
            context.emit(source, .requests, target, sentence: work.sentence, tokens: doer.range.lowerBound...(asker.range.upperBound - 1),
                         rule: "at_request", confidence: 0.7)
        }
    }
}
