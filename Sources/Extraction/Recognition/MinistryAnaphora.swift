import EntityGraph

/// What "الوزارة" / "the ministry" refers to.
extension DocumentContext {
    /// The ministry (a state body whose institution id ends in `ministry`) mentioned last, the
    /// sentence's own mentions first.
    func lastMinistry(also recent: [String]) -> String? {
        let suffixes = lexicon.institutions.keys.filter { $0.hasSuffix("ministry") }.map { "_" + $0 }
        return searchBackwards(also: recent) { id in suffixes.contains { id.hasSuffix($0) } }
    }
}
