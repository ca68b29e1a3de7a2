import EntityGraph

/// A bloc's part named by a bare alias after the English possessive of another bloc or of a
/// state ("the bloc's eastern flank" after the European Union, "Europe's eastern flank" is no
/// place the lexicon has, "the EU's eastern flank"): not the lexicon's part of its own bloc
/// (NATO's eastern flank), so no mention of it.
extension Coreference {
    /// Whether the entity `id` named by `span` is a part of an alliance the lexicon knows, after
    /// the possessive of a different alliance or state, or of an alliance anaphor meaning one.
    func isPartOfOtherOwner(_ span: Span, id: String, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard let bloc = lexicon.entities[id]?.partOf, context.kind(bloc) == .alliance,
              let ownerIndex = work.spans.lastIndex(where: { other in
                  other.range.upperBound < span.range.lowerBound
                      && work.possessiveLength(at: other.range.upperBound).map { other.range.upperBound + $0 == span.range.lowerBound } == true
              }) else { return false }
        let owner: String?
        switch work.spans[ownerIndex].value {
        case .entity(let named): owner = named
        case .function("alliance_anaphora"):
            let earlier = work.spans[..<ownerIndex].reversed().compactMap { other -> String? in
                if case .entity(let named) = other.value, context.kind(named) == .alliance { return named }
                return nil
            }.first
            owner = earlier ?? context.searchBackwards(also: []) { context.kind($0) == .alliance }
        default: owner = nil
        }
        guard let owner, owner != bloc else { return false }
        return [.alliance, .state].contains(context.kind(owner))
    }
}
