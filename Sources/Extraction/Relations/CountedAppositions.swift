import EntityGraph

/// People or states spelled out after a count in the object slot, between commas ("barred two
/// far-right ministers, Itamar Ben-Gvir and Bezalel Smotrich, from entering", "expelled three
/// diplomats, A, B and C"): the first of them is the object, whose list the object takes.
extension FramePatterns {
    /// The first actor after the comma that closes a counted noun phrase of at most six tokens
    /// (words and hyphens: "two far-right ministers") opening at `start` (a number or a word of
    /// list `count_words`), when that actor's list ends the sentence or another comma follows
    /// it; nil otherwise.
    func namedInApposition(from start: Int, _ work: SentenceWork) -> Actor? {
        guard start < work.tokens.count, work.tokens[start].number > 0 || work.token(start, isIn: .countWords, lexicon: lexicon),
              let comma = ((start + 2)...(start + 6)).first(where: { $0 < work.tokens.count && work.tokens[$0].mark == "," }),
              ((start + 1)..<comma).allSatisfy({ index in (work.tokens[index].isWord || work.tokens[index].mark == "-") && !work.actors.contains { $0.range.contains(index) } }),
              let first = work.actors.first(where: { $0.range.lowerBound == comma + 1 }) else { return nil }
        let end = work.coordinated(from: first, keywords: lexicon.keywords).end
        return end >= work.tokens.count || work.tokens[end].mark == "," || work.tokens[end].mark == "." ? first : nil
    }
}
