/// A known person whose name, as the lexicon writes it, follows another's title ("دعا رئيس
/// الوزراء الكاثوليكوس كاريكين الثاني إلى التنحي": the prime minister called on the Catholicos).
extension RoleRecognizer {
    /// Whether the lexicon gives the person roles, none of them `role`, all in bodies rather than
    /// states: a title of a state's office before their name is someone else's.
    func servesOnlyBodies(_ person: String, otherThan role: String, context: DocumentContext) -> Bool {
        guard let roles = lexicon.entities[person]?.roles, !roles.isEmpty, !roles.contains(where: { $0.role == role }) else { return false }
        return roles.allSatisfy { context.kind($0.of) == .organization } && lexicon.nationalRoles.contains(role)
    }
}
