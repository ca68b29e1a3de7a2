import EntityGraph

/// Words between an event word and an actor that set the actor aside from the object: where the
/// object sits ("مقرهم في الإمارات", "based in the UAE"), or, for an attack, the money aimed at
/// ("استهداف مصادر تمويل الجماعة": no attack on the group).
extension FramePatterns {
    /// Whether a phrase of list `seat_phrases`, or for an attack one of `financial_targets`,
    /// stands in `range`, before an actor: the actor is then not the object.
    func setsAside(_ range: Range<Int>, type: RelationType, _ work: SentenceWork) -> Bool {
        range.contains { index in
            guard let span = work.spanIndex(startingAt: index) else { return false }
            return work.spans[span].value == .function("seat_phrases") || type == .attacks && work.spans[span].value == .function("financial_targets")
        }
    }
}
