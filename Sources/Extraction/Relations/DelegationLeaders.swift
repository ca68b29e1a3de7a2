import EntityGraph

/// The person who leads a delegation met: "استقبل ... وفداً من حركة حماس برئاسة خليل الحية",
/// "received a Hamas delegation led by Khalil al-Hayya": whoever meets the delegation meets its
/// leader too.
extension FramePatterns {
    /// The people named within two words after a leading agent phrase ("برئاسة", "led by") that
    /// follows the object list ending at `end`, right after it or after one word ("a Hamas
    /// delegation led by").
    func delegationLeaders(after end: Int, _ work: SentenceWork, context: DocumentContext) -> [String] {
        guard let phrase = work.spans.first(where: { (end...(end + 1)).contains($0.range.lowerBound) && $0.value == .function(Lexicon.agentPhraseList) }),
              phrase.range.lowerBound == end || work.tokens[end].isWord && !work.actors.contains(where: { $0.range.contains(end) }),
              lexicon.roleOfAgentPhrase[String(NameFolding.fold(work.text(phrase.range)).dropFirst(phrase.clitic.count))] == "leader",
              let leader = work.actors.first(where: { $0.range.lowerBound >= phrase.range.upperBound }),
              leader.range.lowerBound - phrase.range.upperBound <= 2, context.kind(leader.ids[0]) == .person,
              !work.hasClauseBreak(phrase.range.upperBound..<leader.range.lowerBound) else { return [] }
        return leader.ids
    }
}
