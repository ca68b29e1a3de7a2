import EntityGraph

/// A title with no name after an ordinal ("becoming the first European Union leader to visit the
/// South Caucasus country", "ليصبح أول زعيم أوروبي يزور"): it describes the person the sentence
/// is about, and what follows is that person's deed, not the office's.
extension RoleRecognizer {
    /// The first person the sentence names before a title that starts at `start` after a word of
    /// list `ordinal_words` ("the first", "أول"); nil when there is none.
    func describedHolder(before start: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard work.token(start - 1, isInWordList: "ordinal_words", lexicon: lexicon) else { return nil }
        return work.actors.first { $0.range.upperBound < start - 1 && $0.ids.count == 1 && context.kind($0.ids[0]) == .person }?.ids[0]
    }
}
