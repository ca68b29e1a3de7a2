import EntityGraph

/// A title owned by a place that is no state ("Greenland's new premier, Jens-Frederik Nielsen"):
/// its holder serves that territory, not the state an earlier title named.
extension RoleRecognizer {
    /// Whether an English possessive of a place (one lower-case adjective allowed between) owns
    /// the title.
    func isOwnedByPlace(_ title: Span, _ work: SentenceWork, context: DocumentContext) -> Bool {
        var start = title.range.lowerBound
        if start > 0, work.spanIndex(startingAt: start - 1) == nil, isLatinWord(start - 1, capital: false, work) { start -= 1 }
        guard let length = work.possessiveLength(before: start), case .entity(let owner)? = work.span(endingAt: start - length)?.value
        else { return false }
        return context.kind(owner) == .place
    }
}
