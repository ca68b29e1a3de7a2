/// The roles a person holds as far as a document knows: the one its text gave them and those
/// the lexicon gives them on the article date.
extension DocumentContext {
    /// The roles of `person`: the text's first, then the lexicon's on the article date.
    func rolesHeld(by person: String) -> [String] {
        [roles[person]].compactMap { $0 } + (lexicon.entities[person]?.roles(heldOn: date).map(\.role) ?? [])
    }
}
