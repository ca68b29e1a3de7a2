/// Arabic proclitics (conjunctions, prepositions, the article) that attach to the next word.
/// Stripping is only proposed; the caller keeps a reading only when the rest is a known phrase.
public enum ArabicClitics {
    /// Proclitic sequences, longest first, in folded spelling.
    public static let prefixes = ["وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل",
                                  "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"]

    /// The readings of a folded word as (proclitic, rest): the word itself first, then each
    /// proclitic split whose rest has at least two letters. `لل` (and `ولل`, `فلل`) also give a
    /// reading with the article restored (`للناتو` → `ل` + `الناتو`).
    public static func readings(_ word: String) -> [(clitic: String, rest: String)] {
        var result: [(String, String)] = [("", word)]
        for prefix in prefixes where word.hasPrefix(prefix) && word.count >= prefix.count + 2 {
            let rest = String(word.dropFirst(prefix.count))
            result.append((prefix, rest))
            if prefix.hasSuffix("لل") {
                result.append((String(prefix.dropLast()), "ال" + rest))
            }
        }
        return result
    }

    /// Whether a proclitic contains the one-letter preposition `preposition` (ب, ل or ك) at its end.
    public static func endsWithPreposition(_ clitic: String, _ preposition: String) -> Bool {
        let bare = clitic.hasSuffix("ال") ? String(clitic.dropLast(2)) : clitic
        return bare.hasSuffix(preposition) || (preposition == "ل" && clitic.hasSuffix("ل"))
    }
}
