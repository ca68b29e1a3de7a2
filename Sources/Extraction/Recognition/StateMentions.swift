import EntityGraph

/// How present states are in a document so far.
extension DocumentContext {
    /// How many mentions so far name one of `states` or someone or something of theirs.
    func mentions(of states: [String]) -> Int {
        history.reduce(0) { count, id in count + (state(of: id).map(states.contains) == true ? 1 : 0) }
    }

    /// The first state the document named: whose office a `national` title names when no
    /// office holder of a state was named before it.
    var firstStateNamed: String? { history.first { kind($0) == .state } }
}
