import EntityGraph

/// A pair phrase that calls the two states neighbours (list `neighbour_pair`: "the two
/// neighbours", "البلدين الجارين"): the two border each other.
extension Coreference {
    /// Emits `borders` between the two states a neighbour pair stands for.
    func emitNeighbours(_ ids: [String], _ span: Span, _ work: SentenceWork, context: DocumentContext) {
        let states = ids.filter { context.kind($0) == .state }
        guard states.count == 2 else { return }
        context.emit(states[0], .borders, states[1], sentence: work.sentence, tokens: span.range.lowerBound...(span.range.upperBound - 1),
                     rule: "neighbour_pair", confidence: 0.75)
    }
}
