import EntityGraph

/// Generates the inflected forms of an Arabic nisba (relational adjective) from its masculine
/// singular stem: definite and indefinite, masculine and feminine, accusative, dual and sound
/// plural (روسي → الروسي الروسية روسية روسيا روسيين الروسيين روسيون الروسيون روسيتين ...).
/// Forms are folded, so ة/ه and hamza spellings need no separate entries.
public enum NisbaForms {
    /// All folded forms of the stem. In a stem of several words every adjective (a word ending in
    /// ي) agrees ("كوري شمالي" → "الكورية الشمالية", "كوريين شماليين"); other words stay as they are
    /// ("جنوب أفريقي" → "جنوب أفريقية").
    public static func forms(ofStem stem: String) -> [String] {
        let words = NameFolding.fold(stem).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        let endings = ["", "ه", "ا", "ين", "ون", "ان", "تين", "تان", "ات"]
        let inflect = { (word: String, ending: String) -> String in
            guard word.hasSuffix("ي") || word == words.last else { return word }
            return ending == "يه" ? (word.hasSuffix("ي") ? String(word.dropLast()) + "يه" : word) : word + ending
        }
        var result: Set<String> = []
        for ending in endings + (words.last!.hasSuffix("ي") ? ["يه"] : []) {
            let inflected = words.map { inflect($0, ending) }
            result.insert(inflected.joined(separator: " "))
            result.insert(inflected.map { "ال" + $0 }.joined(separator: " "))
        }
        return result.sorted()
    }
}
