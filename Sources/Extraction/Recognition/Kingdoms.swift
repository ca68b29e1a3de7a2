import EntityGraph

/// "المملكة" / "the kingdom" (list `kingdom_anaphora`): the last kingdom named, a state one of
/// whose names in the lexicon calls it one ("المملكة الأردنية الهاشمية", "مملكة البحرين",
/// "Kingdom of Morocco"), the sentence's own mentions first; a person stands for their state.
extension DocumentContext {
    /// The words that mark a state's name as a kingdom's, folded, without the article.
    private static let kingdomWords: Set<String> = ["مملكه", "kingdom"]

    /// The last state mentioned (or the state of the last person) that is a kingdom.
    func lastKingdom(also recent: [String]) -> String? {
        var found: String?
        searchBackwards(also: recent) { id in
            guard let state = self.state(of: id), self.isKingdom(state) else { return false }
            found = state
            return true
        }
        return found
    }

    /// Whether one of a state's names in the lexicon calls it a kingdom.
    func isKingdom(_ state: String) -> Bool {
        guard let entry = lexicon.entities[state], entry.kind == .state else { return false }
        return (entry.arabicNames + entry.englishNames).contains { name in
            Lexicon.nameWords(name).contains(where: Self.kingdomWords.contains)
        }
    }
}
