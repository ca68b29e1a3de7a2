import EntityGraph

/// English "they" right after a comma and a word opening a subordinate clause ("as", "while",
/// "after", list `clause_openers`): the two or more actors joined as the main clause's subject
/// before the comma, the first list followed by a word of no name ("Lee and Takaichi agreed to
/// develop ties, as they held their first summit").
extension Coreference {
    /// Adds an actor for each such pronoun.
    func subordinateClausePronouns(_ work: SentenceWork, context: DocumentContext) {
        for index in work.tokens.indices where index >= 3 && work.token(index, isIn: .subjectPronouns, lexicon: lexicon) {
            guard NameFolding.fold(work.sentence.text(of: index)) == "they", work.tokens[index - 2].mark == ",",
                  work.token(index - 1, is: lexicon.keywords.asEnglish) || work.token(index - 1, isIn: .clauseOpeners, lexicon: lexicon),
                  !work.actors.contains(where: { $0.range.contains(index) }),
                  let joined = work.actors.lazy.filter({ $0.range.upperBound < index - 2 && !work.isPrepositional($0) })
                      .map({ work.coordinated(from: $0, keywords: self.lexicon.keywords) })
                      .first(where: { list in list.ids.count >= 2 && list.end < index - 2 && work.tokens[list.end].isWord
                          && !work.actors.contains { $0.range.lowerBound == list.end } })
            else { continue }
            work.add(Actor(ids: joined.ids, range: index..<(index + 1), clitic: "", source: .anaphora))
        }
    }
}
