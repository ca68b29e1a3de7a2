import EntityGraph

/// A state named by its region ("the Gulf state", "the former Soviet republic", "الدولة
/// الخليجية"; lists `region_<id>`, the states of `regions` in `states.json`): the last state of
/// that region named (the sentence's subject first when it is one), unless the state is named
/// right after ("the Gulf state of Qatar"). A state of another region right after is the verb's
/// object ("ودعت الدولة الخليجية العراق").
extension Coreference {
    /// The state `span` refers to, as one id; empty when the name follows or none was named.
    func regionalState(_ span: Span, region: String, also before: [String], _ work: SentenceWork, context: DocumentContext) -> [String] {
        let states = lexicon.regionStates[region] ?? []
        let inRegion = { (id: String) in context.state(of: id).map(states.contains) == true }
        let end = span.range.upperBound
        guard !work.actors.contains(where: { (end...(end + 1)).contains($0.range.lowerBound) && inRegion($0.ids[0]) }) else { return [] }
        // "Palau will not cut its ties with Taiwan ..., as the Pacific island nation prepares": the sentence's subject.
        if let subject = work.actors.first, subject.range.upperBound <= span.range.lowerBound, subject.ids.count == 1,
           !work.isPrepositional(subject), context.kind(subject.ids[0]) == .state, inRegion(subject.ids[0]) {
            return [subject.ids[0]]
        }
        guard let named = context.searchBackwards(also: before, inRegion), let state = context.state(of: named) else { return [] }
        return [state]
    }
}
