/// A state described in apposition by its rank among a bloc's members ("مالطا، أصغر دول الاتحاد
/// الأوروبي،", "المجر، إحدى دول حلف الناتو", "واحدة من دول"): it is a member of the bloc.
extension StructuralPatterns {
    /// Emits `member_of` for each state right before a comma that one or two words of
    /// `ranking_words` (and "من") follow, then an Arabic word of `member_nouns` and an alliance.
    func rankedMembers(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("member_nouns") {
            guard let alliance = work.firstActor(in: span.range.upperBound..<(span.range.upperBound + 1)),
                  alliance.ids.count == 1, context.kind(alliance.ids[0]) == .alliance,
                  let comma = rankingComma(before: span.range.lowerBound, work),
                  let member = work.actor(endingBefore: comma, gap: 0) else { continue }
            for state in member.ids where context.kind(state) == .state {
                context.emit(state, .memberOf, alliance.ids[0], sentence: work.sentence,
                             tokens: member.range.lowerBound...(alliance.range.upperBound - 1), rule: "ranked_member", confidence: 0.75)
            }
        }
    }

    /// The comma before the one or two words of `ranking_words` that end at token `end`, "من"
    /// allowed after them ("واحدة من"), if they stand there.
    private func rankingComma(before end: Int, _ work: SentenceWork) -> Int? {
        var cursor = end - 1
        if cursor > 0, work.token(cursor, is: lexicon.keywords.from) { cursor -= 1 }
        guard work.token(cursor, isInWordList: "ranking_words", lexicon: lexicon) else { return nil }
        if work.token(cursor - 1, isInWordList: "ranking_words", lexicon: lexicon) { cursor -= 1 }
        return work.isComma(cursor - 1) ? cursor - 1 : nil
    }
}
