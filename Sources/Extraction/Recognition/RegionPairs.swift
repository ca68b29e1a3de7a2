import EntityGraph

/// "The two regions" (list `place_pair`: "الإقليمين", "the two republics") are the last two
/// places named that are no state's capital ("... باستقلال أبخازيا وأوسيتيا الجنوبية ...، وتنشر
/// آلاف الجنود في الإقليمين": Abkhazia and South Ossetia).
extension Coreference {
    /// The last `count` distinct places mentioned, the sentence's own mentions first, capitals
    /// skipped; empty when fewer were.
    func lastRegions(_ count: Int, also recent: [String], context: DocumentContext) -> [String] {
        var found: [String] = []
        _ = context.searchBackwards(also: recent) { id in
            if context.kind(id) == .place, lexicon.entities[id]?.capitalOf == nil, !found.contains(id) { found.append(id) }
            return found.count == count
        }
        return found.count == count ? found.reversed() : []
    }
}
