import EntityGraph

/// The name after an Arabic event noun that the event acts on rather than one that does it.
extension FramePatterns {
    /// Whether a state or place named (not by a nisba) right after an Arabic event noun ending at
    /// `end` is what the event acts on rather than its agent: the frame takes a direct object and
    /// no other actor follows the name ("لغزو أوكرانيا", "دعم أوكرانيا"; but "هجوم روسيا على
    /// أوكرانيا" is Russia's, and so is "هجوم روسي"); a nisba of another noun after it does not
    /// count ("دعم أوكرانيا والتهديد الروسي").
    func isPatientGenitive(_ agent: (id: String, end: Int), after end: Int, of frame: LexiconFiles.Frame, _ work: SentenceWork,
                           context: DocumentContext) -> Bool {
        guard frame.object == "direct", frame.plural_subject != true, [.state, .place].contains(context.kind(agent.id)),
              let position = work.spanIndex(startingAt: end), case .entity = work.spans[position].value else { return false }
        guard let next = work.firstActor(in: agent.end..<(agent.end + 4)) else { return true }
        let qualifier = next.range.lowerBound > agent.end && work.tokens[next.range.lowerBound - 1].isWord
            && !work.actors.contains { $0.range.contains(next.range.lowerBound - 1) }
        return qualifier && work.spanIndex(startingAt: next.range.lowerBound).map { work.spans[$0].value.isNisba } == true
    }
}
