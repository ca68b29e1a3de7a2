import EntityGraph

/// Aid to a state's armed force is aid to the state ("قدمت فرنسا دعما للجيش اللبناني",
/// "weapons for the Ukrainian forces"), as the force's deeds are the state's: the support edge
/// goes to both.
extension FramePatterns {
    /// For each pair whose target is an armed force of a state (`DocumentContext.isArmedForce`)
    /// that is not the source's own, the pair of the source and that state, unless already read.
    func statesOfForcesAided(in pairs: [(String, String)], context: DocumentContext) -> [(String, String)] {
        pairs.compactMap { source, target in
            guard context.isArmedForce(target), let state = context.state(of: target), state != source,
                  state != context.state(of: source), !pairs.contains(where: { $0 == (source, state) }) else { return nil }
            return (source, state)
        }
    }
}
