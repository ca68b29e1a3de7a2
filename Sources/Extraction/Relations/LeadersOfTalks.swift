import EntityGraph

/// Talks led by two people: "talks in Geneva on Sunday led by U.S. Secretary of State Marco Rubio
/// and Rustem Umerov", "مباحثات في الرياض برئاسة وزيري خارجية البلدين".
extension StructuralPatterns {
    /// Emits met_with between two people of different states named right after a leading agent
    /// phrase ("led by", "برئاسة") that follows a noun of list `meeting_nouns` within eight words
    /// and no clause break: the two led the talks, so they met (where and when the sentence says).
    func leadersOfTalks(_ work: SentenceWork, context: DocumentContext) {
        for phrase in work.spans where work.roleOfAgentPhrase(phrase, lexicon: lexicon) == "leader" {
            let start = phrase.range.lowerBound
            guard let noun = (max(0, start - 8)..<start).last(where: { work.token($0, isIn: .meetingNouns, lexicon: lexicon) }),
                  !work.hasClauseBreak(noun..<start),
                  let first = work.actors.first(where: { $0.range.lowerBound >= phrase.range.upperBound }),
                  first.range.lowerBound - phrase.range.upperBound <= 2 else { continue }
            let list = work.coordinated(from: first, keywords: lexicon.keywords).ids
            guard list.count == 2, list.allSatisfy({ context.kind($0) == .person }), context.state(of: list[0]) != context.state(of: list[1]),
                  let second = work.actors.first(where: { $0.range.lowerBound >= first.range.upperBound && $0.ids.first == list[1] }) else { continue }
            emitMeeting(first, second, work, context: context, rule: "talks_leaders", confidence: 0.7)
        }
    }
}
