import EntityGraph

/// Where an English list of neighbours ends: "and" followed by a preposition and a state's name
/// opens a phrase of its own ("appealed to neighbouring India and to Japan": Japan is no
/// neighbour); a direction between keeps the list going ("and to the east Russia").
extension StructuralPatterns {
    /// Whether token `index` is "and" opening a prepositional phrase that names a state at once.
    func opensPrepositionalPhrase(_ index: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard work.token(index, is: lexicon.keywords.and), work.token(index + 1, isOneOf: lexicon.keywords.prepositions),
              let named = work.actors.first(where: { $0.range.lowerBound == index + 2 }) else { return false }
        return context.kind(named.ids[0]) == .state
    }
}
