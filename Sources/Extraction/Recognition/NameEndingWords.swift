/// Words that end an Arabic name read after a title: the next phrase starts with them.
extension RoleRecognizer {
    /// Whether a folded word ends like the surnames of list `foreign_surname_endings` ("تسيفيليوف",
    /// "بلينكوفيتش"): after a given name and such a surname, a definite word is no family name
    /// ("وصف وزير الطاقة الروسي سيرغي تسيفيليوف المشروع").
    func hasForeignSurnameEnding(_ word: String) -> Bool {
        (lexicon.functionWords.lists["foreign_surname_endings"]?["ar"] ?? []).contains { word.count > $0.count + 2 && word.hasSuffix($0) }
    }

    /// Whether token `index` is, as written, a feminine plural with a pronoun suffix, three letters
    /// or more before its "ات" ("صلاحياته", "تصريحاتها"): a noun the name's holder owns, no part
    /// of the name ("اتهم النواب رئيس الحكومة بتجاوز صلاحياته"). A final ة is no suffix ("شحاتة").
    func isPossessedPlural(_ index: Int, _ work: SentenceWork) -> Bool {
        let written = work.sentence.text(of: index)
        return lexicon.pronounSuffixes.contains { suffix in
            written.hasSuffix("ات" + suffix) && written.count >= suffix.count + 5
        }
    }
}
