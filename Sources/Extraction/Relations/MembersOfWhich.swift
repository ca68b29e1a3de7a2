import EntityGraph

/// Membership stated in a relative clause after an alliance or an organisation of states: "the
/// CPTPP, of which Vietnam is also a member", "NATO, of which Turkey and Greece are members",
/// "ASEAN, of which Indonesia is the largest member", "the International Criminal Court, of which
/// Mongolia is a member".
extension StructuralPatterns {
    /// The states named after ", of which" and before a copula and a member noun are members of
    /// the alliance or organisation before the comma.
    func membersOfWhich(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("member_nouns") {
            var cursor = span.range.lowerBound - 1
            while cursor >= 0, span.range.lowerBound - cursor <= 2, work.isPlainLowercaseWord(cursor) { cursor -= 1 } // "the largest member"
            if work.isEnglishArticle(cursor, definite: true) { cursor -= 1 }
            if cursor >= 0, Self.adverbsBeforeMemberNoun.contains(work.sentence.text(of: cursor).lowercased()) { cursor -= 1 }
            guard cursor >= 0, Self.copulasBeforeMemberNoun.contains(work.sentence.text(of: cursor).lowercased()),
                  let head = work.actor(endingBefore: cursor, gap: 0) else { continue }
            let members = work.coordinatedBefore(head, keywords: lexicon.keywords, kind: context.kind)
            let which = members.start - 1
            guard which >= 3, work.sentence.text(of: which).lowercased() == "which", work.token(which - 1, is: lexicon.keywords.of),
                  work.tokens[which - 2].mark == ",",
                  let alliance = work.actor(endingBefore: which - 2, gap: 0) ?? acronymBracketed(before: which - 2, work), // "the Caribbean Community (CARICOM), of which"
                  alliance.ids.count == 1, [.alliance, .organization].contains(context.kind(alliance.ids[0])) else { continue }
            for member in members.ids.map(context.actingEntity) where context.kind(member) == .state {
                context.emit(member, .memberOf, alliance.ids[0], sentence: work.sentence, tokens: alliance.range.lowerBound...(span.range.upperBound - 1),
                             rule: "member_of_which", confidence: 0.8)
            }
        }
    }

    /// The actor whose acronym in brackets closes right before token `index` ("(CARICOM)").
    private func acronymBracketed(before index: Int, _ work: SentenceWork) -> Actor? {
        guard index >= 1, work.tokens[index - 1].mark == ")" else { return nil }
        return work.actor(endingBefore: index - 1, gap: 0)
    }

    /// Copulas between the member and the member noun ("is", "are", "became").
    private static let copulasBeforeMemberNoun: Set<String> = ["is", "are", "was", "were", "became", "remains"]

    /// Adverbs allowed between the copula and the member noun ("is also a member").
    private static let adverbsBeforeMemberNoun: Set<String> = ["also", "now", "already", "still"]
}
