import EntityGraph

/// A head of state or government doing what a frame with `head_roles` says does it as their
/// state too ("Macron pledged to support Gabon": France supports Gabon), to a state, alliance or
/// organisation that is not their own.
extension FramePatterns {
    /// The pairs from the state of each subject who holds one of `roles` in a state.
    func statesOfHeads(in pairs: [(String, String)], roles: [String], context: DocumentContext) -> [(String, String)] {
        pairs.compactMap { source, target in
            guard context.kind(source) == .person, [.state, .alliance, .organization].contains(context.kind(target)),
                  context.rolesHeld(by: source).contains(where: roles.contains),
                  let state = context.state(of: source), context.affiliation[source].map({ context.kind($0) == .state }) ?? true,
                  state != target, context.state(of: target) != state, !pairs.contains(where: { $0 == (state, target) }) else { return nil }
            return (state, target)
        }
    }
}
