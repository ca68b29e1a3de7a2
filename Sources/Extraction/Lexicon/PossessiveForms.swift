/// The forms of an Arabic event noun with an attached possessive pronoun ("غزوها" its invasion,
/// "هجومه", "عقوباتهم", "زيارتها"): the pronoun names who did the deed. The suffixes are those
/// of the object pronouns (ها ه هم هما), which Arabic writes alike on nouns and verbs.
enum PossessiveForms {
    /// The forms of `noun` with each of `suffixes`, when `noun` is one Arabic word without the
    /// article and without the accusative tanwin alif or a final ى; a final ة is written ت
    /// before a suffix (زيارة → زيارتها).
    static func forms(of noun: String, suffixes: [String]) -> [String] {
        guard !noun.contains(" "), noun.count >= 3, noun.unicodeScalars.allSatisfy({ (0x0621...0x064A).contains($0.value) }),
              !noun.hasPrefix("ال"), !noun.hasSuffix("ا"), !noun.hasSuffix("ى") else { return [] }
        let stem = noun.hasSuffix("ة") ? noun.dropLast() + "ت" : Substring(noun)
        return suffixes.map { stem + $0 }
    }

    /// Whether a word as written ends with one of `suffixes` after a stem of three letters or
    /// more (a final ة is not the pronoun ه).
    static func hasSuffix(_ written: String, among suffixes: [String]) -> Bool {
        suffixes.contains { written.hasSuffix($0) && written.count >= $0.count + 3 }
    }
}
