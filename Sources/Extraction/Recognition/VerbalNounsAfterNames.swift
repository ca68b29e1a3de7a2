import EntityGraph

/// Verbal nouns that end a name of two words read after a title ("أعلن الرئيس الفنزويلي نيكولاس
/// مادورو تعليق الاتفاقية": the suspension is no part of the name).
extension RoleRecognizer {
    /// Whether a folded Arabic word of five letters has the shape of a verbal noun of the second
    /// form, تفعيل ("تعليق", "تسليم", "تمديد", "توقيع"), its second letter no ي ("تيسير" is a given
    /// name), after the preposition ل or ب perhaps ("لتنظيم", "بتعليق").
    static func isVerbalNounOfSecondForm(_ word: String) -> Bool {
        var letters = Array(word.unicodeScalars)
        if letters.count == 6, letters[0] == "ل" || letters[0] == "ب" { letters.removeFirst() }
        return letters.count == 5 && letters[0] == "ت" && letters[1] != "ي" && letters[3] == "ي"
    }
}
