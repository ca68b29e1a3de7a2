import EntityGraph

/// Arabic proclitics (conjunctions, prepositions, the article) that attach to the next word.
/// Stripping is only proposed; a reading is kept only when the rest is a word the lexicon knows.
public enum ArabicClitics {
    /// Proclitic sequences, longest first, in folded spelling.
    public static let prefixes = ["وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل",
                                  "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"]
    static let prefixBytes: [[UInt8]] = prefixes.map { Array($0.utf8) }
    /// Index + 1 of `و` in `prefixes`.
    static let waw = UInt8(prefixes.firstIndex(of: "و")! + 1)
    /// Index + 1 of `ف` in `prefixes`.
    static let fa = UInt8(prefixes.firstIndex(of: "ف")! + 1)
    /// Index + 1 of `ل` in `prefixes` (the reading of `لل` with the article restored).
    static let lam = UInt8(prefixes.firstIndex(of: "ل")! + 1)
    static let articleBytes: [UInt8] = Array("ال".utf8)

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

    /// Up to two readings of the folded word in `bytes` whose rest `known` returns an id for.
    static func knownReadings(_ bytes: UnsafeBufferPointer<UInt8>, known: (UnsafeBufferPointer<UInt8>) -> Int32?)
        -> (CliticReading, CliticReading) {
        var found: [CliticReading] = []
        guard bytes.count >= 6, bytes[0] >= 0xD8 else { return (.none, .none) }
        var withArticle = [UInt8]()
        for (index, prefix) in prefixBytes.enumerated() where bytes.count >= prefix.count + 4 {
            guard bytes.starts(with: prefix) else { continue }
            let rest = UnsafeBufferPointer(rebasing: bytes[prefix.count...])
            if let id = known(rest) { found.append(CliticReading(clitic: UInt8(index + 1), word: id)) }
            if prefixes[index].hasSuffix("لل") {
                withArticle.removeAll(keepingCapacity: true)
                withArticle.append(contentsOf: articleBytes)
                withArticle.append(contentsOf: rest)
                let shorter = prefixes.firstIndex(of: String(prefixes[index].dropLast()))! + 1
                if let id = withArticle.withUnsafeBufferPointer(known) {
                    found.append(CliticReading(clitic: UInt8(shorter), word: id))
                }
            }
            if found.count >= 2 { break }
        }
        return (found.first ?? .none, found.count > 1 ? found[1] : .none)
    }

    /// Whether a proclitic contains the one-letter preposition `preposition` (ب, ل or ك) at its end.
    public static func endsWithPreposition(_ clitic: String, _ preposition: String) -> Bool {
        let bare = clitic.hasSuffix("ال") ? String(clitic.dropLast(2)) : clitic
        return bare.hasSuffix(preposition) || (preposition == "ل" && clitic.hasSuffix("ل"))
    }
}
