import EntityGraph

/// The second half of a compound Arabic name (`RoleRecognizer.compoundNameEnds`: "شمس الدين",
/// "نصر الله") is one name with the word before it, so it counts as no word of its own toward a
/// name's length ("وزير الدفاع الإندونيسي شافري شمس الدين" has two) and a family name ending with
/// it is read whole ("المرشح الليبرالي سلفادور نصر الله").
extension SentenceWork {
    /// Whether token `index` ends a compound name with the word before it: a word of
    /// `compoundNameEnds` not after a particle ("عبد الله" is one given name already).
    func endsCompoundName(at index: Int) -> Bool {
        index > 0 && index < tokens.count && RoleRecognizer.compoundNameEnds.contains(NameFolding.fold(sentence.text(of: index)))
            && !RoleRecognizer.nameParticles.contains(NameFolding.fold(sentence.text(of: index - 1)))
    }
}
