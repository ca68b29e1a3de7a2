import EntityGraph

/// An object found before its trigger that ends a list ('the United National Movement, the
/// Coalition for Change and Strong Georgia – Lelo "have committed crimes"'): the whole list is
/// the object, so the search starts from its first actor.
extension FramePatterns {
    /// The first actor of the list that `last` ends, else `last` itself.
    func listHead(endingWith last: Actor, _ work: SentenceWork, context: DocumentContext) -> Actor {
        let start = work.coordinatedBefore(last, keywords: lexicon.keywords, kind: context.kind).start
        return work.actors.first { $0.range.lowerBound == start } ?? last
    }
}
