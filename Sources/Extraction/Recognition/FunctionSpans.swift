import EntityGraph

/// Spans of function lists, which name no one: words a phrase may run over ("Babis's populist
/// ANO party", "during an overnight attack") where a name would end it.
extension SentenceWork {
    /// Whether no span starts at token `index`, or only one of a function list.
    func startsNoNameSpan(at index: Int) -> Bool {
        guard let span = spanIndex(startingAt: index) else { return true }
        if case .function = spans[span].value { return true }
        return false
    }
}
