import EntityGraph

/// The form an Arabic title takes as the complement of a verb of appointing ("عيّن X رئيساً
/// للحكومة", "وزيراً للخارجية", "سفيراً"): its head noun takes the accusative alif (a feminine
/// head in ة stays as it is: "رئيسةً للوزراء"), and a definite genitive after it is written with the preposition لـ ("رئيس
/// الحكومة" → "رئيسا للحكومة"); words after that stay as they are ("مستشار الأمن القومي" →
/// "مستشارا للأمن القومي"). Forms are folded.
public enum AccusativeTitleForms {
    /// The folded accusative form of a title phrase, or nil when its head is definite, ends in a
    /// long vowel or a pronoun ("رئيسها", "قائده"), or is followed by an indefinite genitive ("رئيس وزراء").
    public static func form(of title: String) -> String? {
        let words = NameFolding.fold(title).split(separator: " ").map(String.init)
        let feminine = title.split(separator: " ").first?.hasSuffix("ة") == true
        guard let head = words.first, !head.hasPrefix("ال"), let last = head.last, !["ي", "ا"].contains(last),
              last != "ه" || feminine else { return nil }
        var result = [feminine ? head : head + "ا"]
        if words.count > 1 {
            guard words[1].hasPrefix("ال"), words[1].count > 3 else { return nil }
            result.append("ل" + words[1].dropFirst())
            result += words.dropFirst(2)
        }
        return result.joined(separator: " ")
    }
}
