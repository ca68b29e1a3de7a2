import EntityGraph

/// The consonant skeleton of a foreign name as Arabic or Latin script writes it, for matching
/// two spellings of one name where the context already points to one person (a title whose
/// office has a single holder on the article's date): long vowels and Latin vowels dropped
/// (بيلوسوف/بيلاوسوف) but a final one marked (كوستا is not كاست), the letters written for G, K,
/// Q and Kh one class (غ ج ق ك خ), ت/ط and س/ص one class each, ة as ه, a final ه as a vowel, a
/// doubled letter written once. In free text it matches only an unknown word after a known
/// given name or an unknown surname of seven letters or more (`MentionMatcher`).
enum NameSkeleton {
    private static let classes: [Character: Character] = [
        "غ": "ك", "ج": "ك", "ق": "ك", "خ": "ك", "ط": "ت", "ص": "س", "ة": "ه", "ى": "ا",
    ]
    private static let dropped: Set<Character> = ["ا", "و", "ي", "ى", "a", "e", "i", "o", "u", "y"]

    /// The skeleton of one word; a final vowel letter is kept as a mark ("كوستا", Costa, is not
    /// "كاست", Kast), and so is a final ه after three letters or more, written for a final e
    /// as ي is ("براجه" / "براجي", Braže).
    static func of(_ word: String) -> String {
        var result = ""
        var folded = NameFolding.fold(word)
        let finalE = folded.last == "ه" && folded.count >= 4
        if finalE { folded.removeLast() }
        for character in folded where !dropped.contains(character) {
            let mapped = classes[character] ?? character
            if result.last != mapped { result.append(mapped) }
        }
        if let last = folded.last, finalE || dropped.contains(last) { result.append("+") }
        return result
    }

    /// How many consonant classes a skeleton holds (its final vowel mark aside).
    static func consonants(_ skeleton: String) -> Int {
        skeleton.count - (skeleton.last == "+" ? 1 : 0)
    }

    /// Whether two written names end with surnames of the same skeleton (of at least three letters):
    /// the last words, or the last parts of hyphenated ones ("ماينل-رايزينغر", "ماينل رايزنغر").
    static func sameSurname(_ written: String, _ known: String) -> Bool {
        let skeletons = { (name: String) -> Set<String> in
            guard let last = name.split(separator: " ").last else { return [] }
            let part = last.split(whereSeparator: { $0 == "-" || $0 == "‑" }).last ?? last
            return Set([of(String(last)), of(String(part))].filter { consonants($0) >= 3 })
        }
        return !skeletons(written).isDisjoint(with: skeletons(known))
    }
}
