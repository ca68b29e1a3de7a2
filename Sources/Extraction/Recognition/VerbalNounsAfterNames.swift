import EntityGraph

/// Verbal nouns that end a name of two words read after a title ("أعلن الرئيس الفنزويلي نيكولاس
/// مادورو تعليق الاتفاقية": the suspension is no part of the name), and words after ب or ل that
/// open a phrase of the lexicon ("ليندسي غراهام بفرض رسوم": imposing).
extension RoleRecognizer {
    /// Whether a folded Arabic word of five letters has the shape of a verbal noun of the second
    /// form, تفعيل ("تعليق", "تسليم", "تمديد", "توقيع"), its second letter no ي ("تيسير" is a given
    /// name), after the preposition ل or ب perhaps ("لتنظيم", "بتعليق").
    static func isVerbalNounOfSecondForm(_ word: String) -> Bool {
        var letters = Array(word.unicodeScalars)
        if letters.count == 6, letters[0] == "ل" || letters[0] == "ب" { letters.removeFirst() }
        return letters.count == 5 && letters[0] == "ت" && letters[1] != "ي" && letters[3] == "ي"
    }

    /// Whether the word at token `index`, read after the proclitic ب or ل, opens a phrase of the
    /// lexicon ("بفرض", "لفرض": a verbal noun of a frame, no name's word).
    func opensPhraseAfterPreposition(_ index: Int, _ work: SentenceWork) -> Bool {
        let token = work.tokens[index]
        return [token.readings.0, token.readings.1].contains { reading in
            reading.clitic != 0 && ["ب", "ل"].contains(reading.cliticText) && lexicon.phrases.startsPhrase(reading.word)
        }
    }
}
