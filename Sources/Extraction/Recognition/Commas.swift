import EntityGraph

/// Commas, Latin or Arabic: what sets off an apposition, a relative clause or a clause.
extension SentenceWork {
    /// Whether token `index` is a comma ("," or "،"); false outside the sentence.
    func isComma(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && (tokens[index].mark == "," || tokens[index].mark == "،")
    }
}
