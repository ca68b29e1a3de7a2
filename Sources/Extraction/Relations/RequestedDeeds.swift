import EntityGraph

/// A deed done at someone's request: "Nigeria sent fighter jets ... at the request of the
/// government in Cotonou", "أرسلت روسيا قوات بناء على طلب الحكومة", "Putin sent troops at
/// Tokayev's request": the one named after a phrase of list `request_phrases`, or before the
/// possessive ending and a request frame's noun after "at", asked the clause's subject.
extension StructuralPatterns {
    /// Emits requests from each such asker to the sentence's first actor before the phrase that
    /// is no preposition's object (the doer), unless one is a body of the other or both are
    /// people of one state.
    func requestedDeeds(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans {
            let asker: Actor?, phraseStart: Int
            if span.value == .function("request_phrases") {
                let named = work.token(span.range.upperBound, isOneOf: lexicon.keywords.articles) ? span.range.upperBound + 1 : span.range.upperBound
                (asker, phraseStart) = (work.actors.first { $0.range.lowerBound == named }, span.range.lowerBound)
            } else if case .trigger(let frame) = span.value, let possessive = work.possessiveLength(before: span.range.lowerBound),
                      RelationType(lexicon.frames[frame].type) == .requests,
                      let named = work.actor(endingBefore: span.range.lowerBound - possessive, gap: 0),
                      work.token(named.range.lowerBound - 1, isOneOf: lexicon.keywords.locative) {
                (asker, phraseStart) = (named, named.range.lowerBound - 1) // "at Tokayev's request"
            } else {
                continue
            }
            guard let asker, let doer = work.actors.first(where: { $0.range.upperBound <= phraseStart && !work.isPrepositional($0) }) else { continue }
            let (source, target) = (context.actingEntity(asker.ids[0]), context.actingEntity(doer.ids[0]))
            guard source != target, !context.areOneSide(source, target), !context.isBody(source, of: target), !context.isBody(target, of: source),
                  [EntityKind.state, .person, .organization, .alliance].contains(context.kind(source)) else { continue }
            context.emit(source, .requests, target, sentence: work.sentence, tokens: doer.range.lowerBound...(asker.range.upperBound - 1),
                         rule: "at_request", confidence: 0.7)
        }
    }
}
