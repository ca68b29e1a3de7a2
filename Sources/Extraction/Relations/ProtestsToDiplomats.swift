import EntityGraph

/// A protest an official makes to a foreign diplomat ("استدعى نائب وزير الخارجية الروسي ...
/// سفير أذربيجان", "the deputy foreign minister summoned the Polish ambassador") is one the
/// official's state makes to the diplomat's.
extension FramePatterns {
    /// The state-to-state criticism behind each person-to-diplomat pair of `pairs`: the state the
    /// person holds an office of, criticising the state the diplomat represents, when the two differ
    /// and the pair is not already one of states.
    func statesOfProtests(to pairs: [(String, String)], context: DocumentContext) -> [(String, String)] {
        pairs.compactMap { source, target in
            guard context.kind(source) == .person, let represented = context.diplomatsState(target),
                  let own = context.state(of: source), own != represented,
                  !pairs.contains(where: { $0 == (own, represented) }) else { return nil }
            return (own, represented)
        }
    }
}
