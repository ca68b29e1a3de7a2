/// The forms of an Arabic verb with an attached object pronoun ("نشرها", "تشنها", "التقاه"), as
/// relative clauses write them ("الأسلحة التي نشرتها روسيا في بيلاروس"): the subject follows the
/// verb, the pronoun stands for the noun before the relative pronoun.
enum ObjectPronounForms {
    /// The forms of `trigger` with each of `suffixes`, when `trigger` is shaped like a verb: one
    /// Arabic word of three letters or more, without the article and without a noun ending (ة,
    /// ات, ء, the tanwin alif, a final ي or و), and, from four letters, without the long vowel
    /// before the last letter of verbal nouns and plurals (انتقاد، اتفاق، هجوم، تنديد، حلفاء);
    /// none for other words (nor for verbs that begin like the article, التقى, nor for participles
    /// of five letters or more beginning with م: "منتقدة" folds like "منتقده" but is no "critic of
    /// him"). A final ى is written ا before a suffix (دعى → دعاه).
    static func forms(of trigger: String, suffixes: [String]) -> [String] {
        let letters = Array(trigger)
        guard letters.count >= 3, trigger.unicodeScalars.allSatisfy({ (0x0621...0x064A).contains($0.value) }),
              !trigger.hasPrefix("ال"), !["ة", "ا", "ي", "و", "ء"].contains(letters.last!), !trigger.hasSuffix("ات"),
              letters.count == 3 || !["ا", "و", "ي"].contains(letters[letters.count - 2]),
              letters.count < 5 || letters[0] != "م" else { return [] }
        let stem = trigger.hasSuffix("ى") ? trigger.dropLast() + "ا" : Substring(trigger)
        return suffixes.map { stem + $0 }
    }

    /// Whether `word` is itself such a form: a verb-shaped stem followed by one of `suffixes`
    /// ("رفضته"), as a frame may list it.
    static func isForm(_ word: String, suffixes: [String]) -> Bool {
        suffixes.contains { suffix in
            word.hasSuffix(suffix) && forms(of: String(word.dropLast(suffix.count)), suffixes: [suffix]) == [word]
        }
    }
}
