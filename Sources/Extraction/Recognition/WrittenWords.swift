/// Words as written, without the short-vowel marks that folding would also drop, but before the
/// folding that writes ة and ه alike: what tells a possessive pronoun from a feminine ending.
extension SentenceWork {
    /// The text of token `index` without Arabic short vowels, tanwin, shadda and sukun
    /// (U+064B–U+0652).
    func writtenWithoutVowels(_ index: Int) -> String {
        var written = String.UnicodeScalarView()
        written.append(contentsOf: sentence.text(of: index).unicodeScalars.filter { !(0x064B...0x0652).contains($0.value) })
        return String(written)
    }

    /// Whether the Arabic word at `index` ends with one of `suffixes` (object or possessive
    /// pronouns) after a stem of three letters or more, as written.
    func endsWithPronoun(_ index: Int, among suffixes: [String]) -> Bool {
        index < tokens.count && tokens[index].isWord && PossessiveForms.hasSuffix(writtenWithoutVowels(index), among: suffixes)
    }
}
