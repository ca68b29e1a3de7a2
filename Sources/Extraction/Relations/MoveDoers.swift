import EntityGraph

/// Criticism of a move rather than of a party ("وأدانت وزارة الخارجية الفلسطينية الخطوة", "The
/// Arab League condemned the decision"): a noun of list `move_nouns` where the object goes, with
/// no name or nisba after it, names the doer of the deed read last within reach, else the one the
/// story names first (a person's state), unless that is the critic, the critic's state or the
/// body the critic serves.
extension FramePatterns {
    /// The kinds of deeds a move may be.
    private static let moveKinds: [RelationType] = [.attacks, .sanctions, .threatens, .deploysTo]

    /// The doer of the move the noun at the object's place `index` names (after an English
    /// article), if one does.
    func moveDoer(at index: Int, subjects: [String], _ work: SentenceWork, context: DocumentContext) -> String? {
        let start = index + (work.token(index, isOneOf: lexicon.keywords.articles) ? 1 : 0)
        guard let noun = work.spanIndex(startingAt: start), work.spans[noun].value == .function("move_nouns"),
              !isQualified(work.spans[noun], work) else { return nil }
        let own = Set(subjects + subjects.compactMap(context.state(of:)) + subjects.compactMap { context.affiliation[$0] })
        let deed = Self.moveKinds.compactMap(context.recentDeed).max { $0.sentence < $1.sentence }
        let opener = context.history.first.map { context.kind($0) == .person ? context.state(of: $0) ?? $0 : $0 }
        let doer = deed?.agents.first ?? opener
        return doer.flatMap { own.contains($0) || own.contains(context.state(of: $0) ?? $0) ? nil : $0 }
    }

    /// Whether a name, a nisba or an Arabic adjective follows the move's noun ("الخطوة الأوروبية"):
    /// it says whose move it is, or which.
    private func isQualified(_ noun: Span, _ work: SentenceWork) -> Bool {
        let next = noun.range.upperBound
        guard next < work.tokens.count, work.tokens[next].isWord else { return false }
        return work.spanIndex(startingAt: next) != nil
            || work.sentence.document.isArabic(work.tokens[next]) && work.sentence.document.startsWithArticle(work.tokens[next])
    }
}
