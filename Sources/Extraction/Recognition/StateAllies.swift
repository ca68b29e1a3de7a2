import EntityGraph

/// What a state's "ally" refers to.
extension DocumentContext {
    /// The state a state's "ally" (حليفتها) refers to: the other state of the pair it met or
    /// cooperated with most often so far, else the state of a capital the sentence names ("The
    /// U.S. ambassador in Manila ... said Washington stood by its ally"), else the state of the
    /// dateline's place, else the last other state mentioned, the sentence's own mentions first.
    func ally(of state: String, also recent: [String]) -> String? {
        let pairs = pairReadings.filter { $0.key.contains(state) }
        if let pair = pairs.max(by: { ($0.value.count, $0.value.last) < ($1.value.count, $1.value.last) }) {
            return pair.key.first { $0 != state }
        }
        if let posted = recent.reversed().lazy.compactMap({ self.lexicon.entities[$0]?.capitalOf }).first(where: { $0 != state }) { return posted }
        if let home = datelineState, home != state { return home }
        return searchBackwards(also: recent) { self.kind($0) == .state && $0 != state }
    }
}
