import EntityGraph

/// A request named as what its addressee answers ("رفضت جزر البهاما طلبا من الولايات المتحدة",
/// "ووافقت بيلاروسيا على طلب روسي", "The Bahamas has rejected a request from the United States",
/// "accepted a U.S. request"): the one who asked requests the one who answers, and the word is
/// a noun, no verb of asking.
extension StructuralPatterns {
    /// Emits `requests` from the requester of each request noun that a verb of lists `refusals`,
    /// `accepting_verbs` or `receiving_verbs` takes as its object, to that verb's subject.
    func answeredRequests(_ work: SentenceWork, context: DocumentContext) {
        for position in work.spans.indices where isRequestWord(work.spans[position]) {
            let noun = work.spans[position]
            guard let answer = answeringVerb(before: noun, work, context: context) else { continue }
            work.spans[position].value = .function("answered_requests")
            guard let requester = requester(of: noun, between: answer.subjectEnd ?? answer.verbEnd, work),
                  let addressee = answer.subject ?? subjectBefore(verb: answer.verbStart, work) else { continue }
            let addressees = work.coordinated(from: addressee, keywords: lexicon.keywords).ids
            for source in requester.ids.map(context.actingEntity) {
                for target in addressees.map(context.actingEntity) where source != target {
                    context.emit(source, .requests, target, sentence: work.sentence,
                                 tokens: min(addressee.range.lowerBound, answer.verbStart)...(max(noun.range.upperBound, requester.range.upperBound) - 1),
                                 rule: "answered_request", confidence: 0.7)
                }
            }
        }
    }

    /// Whether a span is a one-word trigger of the `request` frame or a noun of list
    /// `request_nouns` ("طلبا", "مطالب").
    private func isRequestWord(_ span: Span) -> Bool {
        guard span.range.count == 1 else { return false }
        switch span.value {
        case .function("request_nouns"): return true
        case .trigger(let frame), .nominalTrigger(let frame): return lexicon.frames[frame].name == "request"
        default: return false
        }
    }

    /// The answering verb before a request noun, past an English article and requester ("a U.S.
    /// request"), "على", or an Arabic subject after its verb ("رفضت مصر طلبا"): where it starts and
    /// ends, and that subject with where it ends.
    private func answeringVerb(before noun: Span, _ work: SentenceWork,
                               context: DocumentContext) -> (verbStart: Int, verbEnd: Int, subject: Actor?, subjectEnd: Int?)? {
        var cursor = noun.range.lowerBound
        if work.token(cursor - 1, isOneOf: lexicon.keywords.prepositions) { cursor -= 1 }
        if let actor = work.actors.last(where: { $0.range.upperBound == cursor }) ?? work.possessor(before: cursor),
           actor.range.upperBound < cursor || work.token(actor.range.lowerBound - 1, isOneOf: lexicon.keywords.articles) {
            cursor = actor.range.lowerBound
        }
        if work.token(cursor - 1, isOneOf: lexicon.keywords.articles) { cursor -= 1 }
        var subject: Actor?, subjectEnd: Int?
        if cursor == noun.range.lowerBound || work.token(cursor, isOneOf: lexicon.keywords.prepositions),
           let actor = work.actors.last(where: { $0.range.upperBound == cursor }) {
            let list = work.coordinatedBefore(actor, keywords: lexicon.keywords, kind: context.kind)
            subject = work.actors.first { $0.range.lowerBound == list.start }
            subjectEnd = actor.range.upperBound
            cursor = list.start
        }
        guard cursor > 0 else { return nil }
        if let verb = work.span(endingAt: cursor), verb.value == .function("refusals") || verb.value == .function("accepting_verbs") {
            return (verb.range.lowerBound, cursor, subject, subjectEnd)
        }
        return work.token(cursor - 1, isIn: .receivingVerbs, lexicon: lexicon) ? (cursor - 1, cursor, subject, subjectEnd) : nil
    }

    /// Who made the request: an actor between the verb and the noun ("a U.S. request"), a
    /// nisba right after the noun ("طلب روسي"), or an actor after it, right away or after
    /// "من" / "from" ("طلب الولايات المتحدة", "a request from Washington").
    private func requester(of noun: Span, between verbEnd: Int, _ work: SentenceWork) -> Actor? {
        if let before = work.actors.last(where: { $0.range.lowerBound >= verbEnd && $0.range.upperBound <= noun.range.lowerBound }),
           !work.isPrepositional(before) || work.token(before.range.lowerBound - 1, isOneOf: lexicon.keywords.articles) {
            return before
        }
        let after = noun.range.upperBound
        if let nisba = work.spanIndex(startingAt: after).map({ work.spans[$0] }), case .nisba(let state) = nisba.value {
            return Actor(ids: [state], range: nisba.range, clitic: nisba.clitic, source: .name)
        }
        var start = work.token(after, isOneOf: lexicon.keywords.origin) ? after + 1 : after
        if work.token(start, isOneOf: lexicon.keywords.articles) { start += 1 }
        return work.actors.first { $0.range.lowerBound == start || $0.range.lowerBound == start - 1 && start > after }
            .flatMap { $0.ids.count == 1 ? $0 : nil }
    }

    /// The subject of a verb written after it: the nearest actor before the verb in its clause
    /// that is no preposition's object.
    private func subjectBefore(verb: Int, _ work: SentenceWork) -> Actor? {
        guard let actor = work.actors.last(where: { $0.range.upperBound <= verb }),
              !work.hasClauseBreak(actor.range.upperBound..<verb), !work.isPrepositional(actor) else { return nil }
        return actor
    }
}
