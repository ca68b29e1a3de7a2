import EntityGraph

/// The second half of a compound Arabic name (`compoundNameEnds`: "شمس الدين", "نصر الله") is one
/// name with the word before it, so it counts as no word of its own toward a name's length
/// ("وزير الدفاع الإندونيسي شافري شمس الدين" has two).
extension RoleRecognizer {
    /// Whether token `index` ends a compound name with the word before it: a word of
    /// `compoundNameEnds` not after a particle ("عبد الله" is one given name already).
    func isCompoundNameEnd(_ index: Int, _ work: SentenceWork) -> Bool {
        index > 0 && index < work.tokens.count && Self.compoundNameEnds.contains(NameFolding.fold(work.sentence.text(of: index)))
            && !Self.nameParticles.contains(NameFolding.fold(work.sentence.text(of: index - 1)))
    }
}
