import EntityGraph

/// Capitals named with their state, or known to the lexicon.
extension StructuralPatterns {
    /// "العاصمة الأوكرانية كييف", "كييف عاصمة أوكرانيا", "the capital Minsk", "the capital,
    /// Chisinau," (a capital the lexicon knows), "the Latvian capital, Riga" → capital_of; the
    /// capital of a region set off by a comma lies in it.
    func capitals(_ work: SentenceWork, context: DocumentContext) {
        for (position, span) in work.spans.enumerated() {
            guard case .function("capital_words") = span.value else { continue }
            var state: String?
            var cursor = span.range.upperBound
            if position + 1 < work.spans.count, work.spans[position + 1].range.lowerBound == cursor {
                switch work.spans[position + 1].value {
                case .nisba(let id): state = id
                case .entity(let id) where context.kind(id) == .state: state = id
                default: break
                }
                if state != nil { cursor = work.spans[position + 1].range.upperBound }
            }
            if state == nil, let owner = stateBefore(capitalWord: span, position, work, context: context) {
                // "the Latvian capital, Riga", "Latvia's capital Riga"; "Kyiv, the Ukrainian capital,"
                if let place = placeInAppositionBefore(capitalWord: span, position, work), context.kind(place.ids[0]) == .place {
                    context.emit(place.ids[0], .capitalOf, owner, sentence: work.sentence,
                                 tokens: place.range.lowerBound...(span.range.upperBound - 1), rule: "capital", confidence: 0.85)
                    continue
                }
                state = owner
                if cursor < work.tokens.count, work.tokens[cursor].mark == "," { cursor += 1 }
            }
            let apposed = state == nil && cursor < work.tokens.count && [",", "،"].contains(work.tokens[cursor].mark) ? cursor + 1 : cursor
            let named = work.actors.first { $0.range.lowerBound == apposed }
            // "العاصمة مينسك", "the capital, Chisinau,": a known capital
            if state == nil { state = named.flatMap { lexicon.entities[$0.ids[0]]?.capitalOf } }
            if let state, let place = named, context.kind(place.ids[0]) == .place {
                context.emit(place.ids[0], .capitalOf, state, sentence: work.sentence,
                             tokens: span.range.lowerBound...(place.range.upperBound - 1), rule: "capital", confidence: 0.9)
            } else if let place = work.actor(endingBefore: span.range.lowerBound - (work.token(span.range.lowerBound - 1, is: lexicon.keywords.the) ? 1 : 0), gap: 1),
                      context.kind(place.ids[0]) == .place,
                      (place.range.upperBound..<span.range.lowerBound).allSatisfy({ [",", "،"].contains(work.tokens[$0].mark) || work.token($0, is: lexicon.keywords.the) }),
                      let named = work.actors.first(where: { $0.range.lowerBound == span.range.upperBound }),
                      case let possessed = possessedPlace(after: named, work, context: context),
                      possessed != nil || work.possessiveLength(at: named.range.upperBound) == nil, case let owner = possessed ?? named,
                      [.state, .place].contains(context.kind(owner.ids[0])) {
                // "كييف، عاصمة أوكرانيا"; "مدينة الفاشر، عاصمة ولاية شمال دارفور", "Grozny, the capital of Russia's Chechen
                // Republic": a region's capital lies in it; what a possessive names is no state's capital.
                let state = context.kind(owner.ids[0]) == .state
                context.emit(place.ids[0], state ? .capitalOf : .locatedIn, owner.ids[0], sentence: work.sentence,
                             tokens: place.range.lowerBound...(owner.range.upperBound - 1), rule: state ? "capital" : "regional_capital", confidence: 0.85)
            }
        }
    }

    /// The place named right after the English possessive that ends `owner` ("Russia's Chechen
    /// Republic"), if any.
    private func possessedPlace(after owner: Actor, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        guard let length = work.possessiveLength(at: owner.range.upperBound) else { return nil }
        return work.actors.first { $0.range.lowerBound == owner.range.upperBound + length && context.kind($0.ids[0]) == .place }
    }

    /// The state an English nisba or possessive right before a capital word names ("the Latvian
    /// capital", "Latvia's capital"), if any.
    private func stateBefore(capitalWord span: Span, _ position: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        let start = span.range.lowerBound
        guard position >= 1, !work.sentence.document.isArabic(work.tokens[start]) else { return nil }
        let before = work.spans[position - 1]
        if before.range.upperBound == start, case .nisba(let state) = before.value { return state }
        return work.possessor(before: start).flatMap { context.kind($0.ids[0]) == .state ? $0.ids[0] : nil }
    }

    /// The actor right before ", the" that opens an English apposition ending with a capital word
    /// and its nisba ("Kyiv, the Ukrainian capital,"), if any.
    private func placeInAppositionBefore(capitalWord span: Span, _ position: Int, _ work: SentenceWork) -> Actor? {
        let nisbaStart = work.spans[position - 1].range.lowerBound
        guard nisbaStart >= 3, work.token(nisbaStart - 1, is: lexicon.keywords.the), work.tokens[nisbaStart - 2].mark == "," else { return nil }
        return work.actor(endingBefore: nisbaStart - 2, gap: 0)
    }
}
