import EntityGraph

/// Spelling variants of foreign names in Arabic, by bounded equivalence classes rather than
/// fuzzy matching: the letter for G written ج or غ (شويغو/شويجو, ستولتنبرغ/ستولتنبرج), a voiced
/// S between long vowels written س or ز (كروسيتو/كروزيتو), and an optional long vowel ي or ا
/// after the first letter of a long word (دميتري/ديميتري, مكسيم/ماكسيم), the latter only inside
/// a name of two words or more (a lone "فيدان" would otherwise give "فدان", a word, and
/// "وفدان", two delegations); a compound given name written joined or apart ("عبدالله" / "عبد
/// الله"). Only whole names of people and places get variants, so a common word never matches a
/// name by accident.
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

    /// The position of the first س or ز written between two long vowels (و, ي or ا on both sides),
    /// where an S of a Latin name is voiced and written either way ("كروسيتو" / "كروزيتو",
    /// "خوسيه" / "خوزيه"); nil without one.
    static func sibilantBetweenVowels(_ letters: [Unicode.Scalar]) -> Int? {
        guard letters.count >= 3 else { return nil }
        return (1..<(letters.count - 1)).first { index in
            (letters[index] == "س" || letters[index] == "ز") && isLongVowel(letters[index - 1]) && isLongVowel(letters[index + 1])
        }
    }

    /// Whether a letter is a long vowel: ا, و or ي.
    static func isLongVowel(_ letter: Unicode.Scalar) -> Bool {
        letter == "ا" || letter == "و" || letter == "ي"
    }

    /// The word itself and its single-word variants (with an optional vowel when `vowels`), read
    /// letter by letter as Unicode scalars (a folded word has no combining marks).
    static func forms(of word: String, vowels: Bool = true) -> [String] {
        let letters = Array(word.unicodeScalars)
        var forms = [letters]
        if letters.contains("ج") || letters.contains("غ") {
            forms.append(letters.map { $0 == "ج" ? "غ" : $0 == "غ" ? "ج" : $0 })
        }
        if let voiced = sibilantBetweenVowels(letters) {
            forms += forms.map { form in
                var swapped = form
                swapped[voiced] = letters[voiced] == "س" ? "ز" : "س"
                return swapped
            }
        }
        if vowels && letters.count >= 5 && !word.hasPrefix("ال") {
            if letters[1] == "ي" || letters[1] == "ا" {
                forms += forms.map { [$0[0]] + $0.dropFirst(2) }
            } else if !isLongVowel(letters[1]) && !isLongVowel(letters[0]) {
                forms += forms.flatMap { form in (["ي", "ا"] as [Unicode.Scalar]).map { [form[0], $0] + form.dropFirst() } }
            }
        }
        return forms.map { String(String.UnicodeScalarView($0)) }
    }
}
