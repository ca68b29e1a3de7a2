import EntityGraph

/// The person who leads a delegation met: "استقبل ... وفداً من حركة حماس برئاسة خليل الحية",
/// "received a Hamas delegation led by Khalil al-Hayya": whoever meets the delegation meets its
/// leader too.
extension FramePatterns {
    /// The people named within two words after a leading agent phrase ("برئاسة", "led by") that
    /// follows the object list ending at `listEnd`, right after it, after one word ("a Hamas
    /// delegation led by") or after an acronym in parentheses.
    func delegationLeaders(after listEnd: Int, _ work: SentenceWork, context: DocumentContext) -> [String] {
        // "وفدا من حركة المقاومة الإسلامية (حماس) برئاسة": past the parentheses, the name's or the acronym's.
        let end = work.parentheticalEnd(at: listEnd) ?? (listEnd < work.tokens.count && work.tokens[listEnd].mark == ")" ? listEnd + 1 : listEnd)
        guard let phrase = work.spans.first(where: { (end...(end + 1)).contains($0.range.lowerBound) && $0.value == .function(Lexicon.agentPhraseList) }),
              phrase.range.lowerBound == end || work.tokens[end].isWord && !work.actors.contains(where: { $0.range.contains(end) }),
              work.roleOfAgentPhrase(phrase, lexicon: lexicon) == "leader",
              let leader = work.actors.first(where: { $0.range.lowerBound >= phrase.range.upperBound }),
              leader.range.lowerBound - phrase.range.upperBound <= 2, context.kind(leader.ids[0]) == .person,
              !work.hasClauseBreak(phrase.range.upperBound..<leader.range.lowerBound) else { return [] }
        return leader.ids
    }
}
