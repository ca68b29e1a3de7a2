import EntityGraph

/// An Arabic border noun in construct with a state, named or referred to, and then "مع" and its
/// neighbours ("حدود فنلندا مع روسيا", "إن حدود بلادها مع روسيا ستبقى مغلقة") → the state borders
/// each of them.
extension StructuralPatterns {
    /// Emits the borders of every indefinite Arabic border noun (list `border_nouns`) followed by
    /// a state that is no nisba, "مع" and one or more states.
    func bordersInConstruct(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("border_nouns") {
            let noun = String(NameFolding.fold(work.text(span.range)).dropFirst(span.clitic.count))
            guard work.sentence.document.isArabic(work.tokens[span.range.lowerBound]), !noun.hasPrefix("ال"),
                  let owner = work.actors.first(where: { $0.range.lowerBound == span.range.upperBound }), owner.clitic.isEmpty, owner.ids.count == 1,
                  work.spanIndex(startingAt: owner.range.lowerBound).map({ !work.spans[$0].value.isNisba }) ?? true,
                  case let state = context.actingEntity(owner.ids[0]), context.kind(state) == .state,
                  work.token(owner.range.upperBound, is: lexicon.keywords.with),
                  let partner = work.actors.first(where: { $0.range.lowerBound == owner.range.upperBound + 1 }) else { continue }
            let neighbours = work.coordinated(from: partner, keywords: lexicon.keywords)
            for other in neighbours.ids.map(context.actingEntity) where context.kind(other) == .state && other != state {
                context.emit(state, .borders, other, sentence: work.sentence, tokens: span.range.lowerBound...(neighbours.end - 1),
                             rule: "border_in_construct", confidence: 0.8)
            }
        }
    }
}
