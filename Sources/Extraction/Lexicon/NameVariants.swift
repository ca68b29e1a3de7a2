import EntityGraph

/// Spelling variants of foreign names in Arabic, by bounded equivalence classes rather than
/// fuzzy matching: the letter for G written ج or غ (شويغو/شويجو, ستولتنبرغ/ستولتنبرج), and an
/// optional long vowel ي or ا after the first letter of a long word (دميتري/ديميتري,
/// مكسيم/ماكسيم), the latter only inside a name of two words or more (a lone "فيدان" would
/// otherwise give "فدان", a word, and "وفدان", two delegations); a compound given name written
/// joined or apart ("عبدالله" / "عبد الله"). Only whole names of people and places get variants,
/// so a common word never matches a name by accident.
public enum NameVariants {
    /// At most this many variants per name.
    static let limit = 12

    /// The variants of a name (folded), without the name itself.
    public static func variants(of name: String) -> [String] {
        let words = NameFolding.fold(name).split(separator: " ").map(String.init)
        var results: [[String]] = [words]
        for (position, word) in words.enumerated() where word.count >= 4 {
            let alternatives = forms(of: word, vowels: words.count >= 2)
            results = results.flatMap { current in
                alternatives.map { alternative -> [String] in
                    var copy = current
                    copy[position] = alternative
                    return copy
                }
            }
            if results.count > limit * 2 { break }
        }
        let original = words.joined(separator: " ")
        var seen: Set<String> = [original]
        let spelled = results.map { $0.joined(separator: " ") }
        let compound = words.contains { $0 == "عبد" || $0.hasPrefix("عبدال") }
        return (compound ? spelled + spelled.compactMap(compoundOtherwise) : spelled)
            .filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }

    /// A folded name with its compound given name "عبد ال..." written the other way, joined or
    /// apart ("عبد الله الثاني" / "عبدالله الثاني", "عبدالفتاح" / "عبد الفتاح"); nil without one.
    static func compoundOtherwise(_ name: String) -> String? {
        if name.contains("عبد ال") { return name.replacingOccurrences(of: "عبد ال", with: "عبدال") }
        if name.contains("عبدال") { return name.replacingOccurrences(of: "عبدال", with: "عبد ال") }
        return nil
    }

    /// The word itself and its single-word variants (with an optional vowel when `vowels`).
    static func forms(of word: String, vowels: Bool = true) -> [String] {
        var forms = [word]
        let letters = Array(word)
        if letters.contains("ج") || letters.contains("غ") {
            forms.append(String(letters.map { $0 == "ج" ? "غ" : $0 == "غ" ? "ج" : $0 }))
        }
        if vowels && letters.count >= 5 && !word.hasPrefix("ال") {
            if letters[1] == "ي" || letters[1] == "ا" {
                forms += forms.map { String($0.prefix(1) + $0.dropFirst(2)) }
            } else if !"اوي".contains(letters[1]) && !"اوي".contains(letters[0]) {
                forms += forms.flatMap { form in ["ي", "ا"].map { String(form.prefix(1)) + $0 + String(form.dropFirst()) } }
            }
        }
        return forms
    }
}
