/// The criticism a rebuttal answers ("rejected the accusation", "نفى الاتهامات"): its critic is
/// the one the rebuttal criticises in turn.
extension DocumentContext {
    /// Who made the criticism that `subjects` answer: the critic of the last criticism, read in
    /// this sentence or the `deedReach` before it, of one of them, their state or the body they
    /// serve; the critic's state when the critic is a person ("Prime Minister Ruginienė accused
    /// Minsk ...; Lukashenko dismissed the accusation": Lithuania). Nil when the last criticism
    /// was of someone else.
    func accuser(answeredBy subjects: [String]) -> String? {
        guard let criticism = lastCriticism, sentenceNumber - criticism.sentence <= Self.deedReach,
              let critic = criticism.agents.first else { return nil }
        let answering = subjects.flatMap { [$0, state(of: $0), affiliation[$0]].compactMap { $0 } }
        guard answering.contains(criticism.target) || state(of: criticism.target).map(answering.contains) == true else { return nil }
        return kind(critic) == .person ? state(of: critic) ?? critic : critic
    }
}
