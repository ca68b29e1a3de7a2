import EntityGraph

/// Counterparts named together: they meet.
extension StructuralPatterns {
    /// "X ونظيره Y" / "X and his (Finnish) counterpart Y": two people named together as counterparts are
    /// meeting (news names counterparts together when they talk); not two of the same state, whose
    /// "counterpart" is someone else's.
    func counterpartPairs(_ work: SentenceWork, context: DocumentContext) {
        for (first, second) in zip(work.actors, work.actors.dropFirst()) {
            guard context.kind(first.ids[0]) == .person, context.kind(second.ids[0]) == .person else { continue }
            let start = second.range.lowerBound, end = first.range.upperBound
            let joined: Bool
            if let span = work.spanIndex(startingAt: start), work.spans[span].value == .function("counterpart") {
                joined = (start == end && work.spans[span].clitic.hasPrefix("و")) || (start == end + 1 && work.token(end, is: lexicon.keywords.and))
            } else { // "Michal and his Finnish counterpart Petteri Orpo asked", before any verb ("talks with X and his counterpart Y": the host's)
                joined = start == end + 2 && work.token(end, is: lexicon.keywords.and) && ["his", "her"].contains(work.sentence.text(of: end + 1).lowercased())
                    && work.spans.contains { second.range.contains($0.range.lowerBound) && $0.value == .function("counterpart") }
                    && !work.spans.contains { span in
                        guard span.range.upperBound <= first.range.lowerBound, case .trigger = span.value else { return false }
                        return true
                    }
            }
            guard joined, context.state(of: first.ids[0]) != context.state(of: second.ids[0]) else { continue }
            emitMeeting(first, second, work, context: context, rule: "counterparts", confidence: 0.6)
        }
    }
}
