import EntityGraph

/// A threat made to a state's leader or minister ("In Panama, he warned President X that the
/// United States would act") is made to the state too.
extension FramePatterns {
    /// For each pair of `pairs` whose object is a person holding an office of a state, the subject
    /// and that state, when the state is not the subject's own and the pair is not already read.
    func statesOfPeople(in pairs: [(String, String)], context: DocumentContext) -> [(String, String)] {
        pairs.compactMap { source, target in
            guard context.kind(target) == .person, let state = context.state(of: target), state != source,
                  state != context.state(of: source), !pairs.contains(where: { $0 == (source, state) }) else { return nil }
            return (source, state)
        }
    }
}
