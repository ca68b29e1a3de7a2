import EntityGraph

/// Neighbours named in apposition by their neighbour's possessive: "Lithuania and Poland,
/// Belarus's neighbors to the west, condemned the exercises", "ليتوانيا وبولندا، الجارتان
/// لبيلاروسيا، تنتقدان".
extension StructuralPatterns {
    /// For each English border noun right after a possessive ("Belarus's neighbors"), or after
    /// it and a word of the lexicon's directions ("Benin's eastern neighbour"), that follows a
    /// comma, the states joined right before that comma border the possessive's state, in the
    /// direction that word or a "to the" phrase after the noun names ("to the west": west of it).
    func neighboursInApposition(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("border_triggers") {
            let start = span.range.lowerBound
            let adjective = start >= 1 ? lexicon.direction([work.tokens[start - 1].word]) : nil
            guard let owner = work.possessor(before: adjective == nil ? start : start - 1), owner.range.lowerBound >= 2,
                  work.tokens[owner.range.lowerBound - 1].mark == ",", let last = work.actor(endingBefore: owner.range.lowerBound - 1, gap: 0),
                  let ownerState = context.state(of: owner.ids[0]) else { continue }
            let end = span.range.upperBound
            let direction = work.token(end, is: lexicon.keywords.toEnglish) && work.token(end + 1, is: lexicon.keywords.the) && end + 2 < work.tokens.count
                ? lexicon.direction([work.tokens[end + 2].word]) : adjective
            let neighbours = work.coordinatedBefore(last, keywords: lexicon.keywords, kind: context.kind).ids
                .compactMap(context.state(of:)).filter { $0 != ownerState }
            for neighbour in neighbours {
                context.emit(ownerState, .borders, neighbour, attributes: direction.map { ["direction": $0] } ?? [:], sentence: work.sentence,
                             tokens: last.range.lowerBound...(end - 1), rule: "neighbours_in_apposition", confidence: 0.8)
            }
        }
        arabicNeighboursInApposition(work, context: context)
    }

    /// For each Arabic neighbour noun right after a comma (list `neighbour_nouns`: "الجارتان
    /// لبيلاروسيا", "جارة روسيا", "الجارة الشمالية لروسيا"), the states joined right before that
    /// comma border the state the noun governs: next to it, or after one adjective when it takes ل.
    private func arabicNeighboursInApposition(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("neighbour_nouns") {
            let start = span.range.lowerBound, end = span.range.upperBound
            guard start >= 2, let mark = work.tokens[start - 1].mark, mark == "،" || mark == ",",
                  let last = work.actor(endingBefore: start - 1, gap: 0),
                  let owner = work.actors.first(where: { actor in
                      actor.range.lowerBound == end
                          || actor.range.lowerBound == end + 1 && actor.clitic == "ل" && work.tokens[end].isWord && work.spanIndex(startingAt: end) == nil
                  }),
                  context.kind(owner.ids[0]) == .state, let ownerState = context.state(of: owner.ids[0]) else { continue }
            let neighbours = work.coordinatedBefore(last, keywords: lexicon.keywords, kind: context.kind).ids
                .filter { context.kind($0) == .state }.compactMap(context.state(of:)).filter { $0 != ownerState }
            for neighbour in neighbours {
                context.emit(ownerState, .borders, neighbour, sentence: work.sentence,
                             tokens: last.range.lowerBound...(owner.range.upperBound - 1), rule: "neighbours_in_apposition", confidence: 0.8)
            }
        }
    }
}
