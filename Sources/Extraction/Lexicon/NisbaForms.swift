import EntityGraph

/// Generates the inflected forms of an Arabic nisba (relational adjective) from its masculine
/// singular stem: definite and indefinite, masculine and feminine, accusative, dual and sound
/// plural (روسي → الروسي الروسية روسية روسيا روسيين الروسيين روسيون الروسيون روسيتين ...).
/// Forms are folded, so ة/ه and hamza spellings need no separate entries.
public enum NisbaForms {
    /// All folded forms of the stem.
    public static func forms(ofStem stem: String) -> [String] {
        let base = NameFolding.fold(stem)
        let words = base.split(separator: " ").map(String.init)
        guard let last = words.last else { return [] }
        var inflections = [last, last + "ه", last + "ا", last + "ين", last + "ون", last + "ان", last + "تين", last + "تان", last + "ات"]
        if last.hasSuffix("ي") { inflections.append(String(last.dropLast()) + "يه") }
        var result: Set<String> = []
        for ending in inflections {
            let indefinite = (words.dropLast() + [ending]).joined(separator: " ")
            let definite = (words.dropLast().map { "ال" + $0 } + ["ال" + ending]).joined(separator: " ")
            result.insert(indefinite)
            result.insert(definite)
        }
        return result.sorted()
    }
}
