import EntityGraph

/// The person a trigger is followed by, which reads it as its `otherwise` frame ("hosted his
/// Uzbek counterpart" is a meeting, "hosted Russian troops" a deployment).
extension FramePatterns {
    /// The first actor in the five tokens after `end` (past a time phrase: "استضاف في أغسطس الماضي
    /// الرئيس"; a possessor allowed before: "hosted the alliance's Secretary General Mark Rutte")
    /// when it is a person or named by a title and no meeting noun stands before it ("host a
    /// meeting between Presidents Putin and Zelensky" names no guest).
    func personNamed(after end: Int, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        let start = work.skippingTimePhrase(end)
        guard var next = work.firstActor(in: start..<(start + 5)) else { return nil }
        if let possessive = work.possessiveLength(at: next.range.upperBound), let held = work.actors.first(where: { $0.range.lowerBound == next.range.upperBound + possessive }) {
            next = held // "the alliance's Secretary General Mark Rutte"
        }
        guard next.source == .title || context.kind(next.ids[0]) == .person,
              !(start..<next.range.lowerBound).contains(where: { work.token($0, isIn: .meetingNouns, lexicon: lexicon) }) else { return nil }
        return next
    }
}
