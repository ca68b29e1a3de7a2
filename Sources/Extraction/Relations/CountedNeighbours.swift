import EntityGraph

/// Neighbours named after a count of states ("borders eight countries, among them Germany, Italy
/// and Switzerland", "تحد سبع دول، من بينها ألمانيا وإيطاليا"): the list after the marker of
/// examples or inclusion is the border's.
extension StructuralPatterns {
    /// The token after a marker of examples or inclusion (lists `example_markers`,
    /// `inclusion_markers`) that follows a comma closing at most three words naming no one from
    /// `index`; else `index`.
    func namedNeighboursStart(_ index: Int, _ work: SentenceWork) -> Int {
        guard let comma = (index..<min(index + 4, work.tokens.count)).first(where: work.isComma),
              comma > index, !work.actors.contains(where: { $0.range.lowerBound >= index && $0.range.lowerBound < comma }),
              let marker = work.spanIndex(startingAt: comma + 1),
              [.function("example_markers"), .function("inclusion_markers")].contains(work.spans[marker].value) else { return index }
        return work.spans[marker].range.upperBound
    }
}
