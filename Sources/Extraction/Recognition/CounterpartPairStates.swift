import EntityGraph

/// "البلدين" / "the two countries" after someone met their counterpart in the sentence ("التقى
/// وزير الخارجية البحريني ... نظيره الإيراني ... في العاصمة القطرية الدوحة ... بين البلدين"):
/// the two officials' states, not the state of the venue named last.
extension Coreference {
    /// The states of the person named as a counterpart before token `index` and of the person
    /// named last before that counterpart, when they serve two states.
    func statesOfCounterparts(before index: Int, _ work: SentenceWork, context: DocumentContext) -> [String]? {
        guard let counterpart = work.spans.last(where: { $0.value == .function("counterpart") && $0.range.upperBound <= index }),
              let second = work.actors.first(where: { $0.range.contains(counterpart.range.lowerBound) || $0.range.lowerBound == counterpart.range.upperBound }),
              second.range.upperBound <= index,
              let first = work.actors.last(where: { $0.range.upperBound <= second.range.lowerBound && context.kind($0.ids[0]) == .person })
        else { return nil }
        let states = [first.ids[0], second.ids[0]].compactMap { context.kind($0) == .person ? context.state(of: $0) : nil }
        return states.count == 2 && states[0] != states[1] ? states : nil
    }
}
