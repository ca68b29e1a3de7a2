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

    /// A proclitic as matched against folded bytes: its spelling, its reading number, and for
    /// `لل` forms the reading number of the shorter proclitic that goes with the restored article.
    private struct PrefixMatch {
        let bytes: [UInt8]
        let clitic: UInt8
        let withArticle: UInt8?
    }

    private static let prefixMatches: [PrefixMatch] = prefixes.enumerated().map { index, prefix in
        let shorter = prefix.hasSuffix("لل") ? prefixes.firstIndex(of: String(prefix.dropLast())).map { UInt8($0 + 1) } : nil
        return PrefixMatch(bytes: Array(prefix.utf8), clitic: UInt8(index + 1), withArticle: shorter)
    }

    /// Up to two readings of the folded word in `bytes` whose rest `known` returns an id for.
    static func knownReadings(_ bytes: UnsafeBufferPointer<UInt8>, known: (UnsafeBufferPointer<UInt8>) -> Int32?)
        -> (CliticReading, CliticReading) {
        guard bytes.count >= 6, bytes[0] >= 0xD8 else { return (.none, .none) }
        var first = CliticReading.none
        var count = 0
        func found(_ reading: CliticReading) -> Bool {
            if count == 0 { first = reading }
            count += 1
            return count == 2
        }
        for prefix in prefixMatches where bytes.count >= prefix.bytes.count + 4 && starts(bytes, with: prefix.bytes) {
            let rest = UnsafeBufferPointer(rebasing: bytes[prefix.bytes.count...])
            if let id = known(rest), found(CliticReading(clitic: prefix.clitic, word: id)) {
                return (first, CliticReading(clitic: prefix.clitic, word: id))
            }
            if let shorter = prefix.withArticle {
                let restored = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: rest.count + articleBytes.count) { buffer in
                    for (index, byte) in articleBytes.enumerated() { buffer[index] = byte }
                    for (index, byte) in rest.enumerated() { buffer[articleBytes.count + index] = byte }
                    return known(UnsafeBufferPointer(buffer))
                }
                if let id = restored, found(CliticReading(clitic: shorter, word: id)) {
                    return (first, CliticReading(clitic: shorter, word: id))
                }
            }
        }
        return (first, .none)
    }

    @inline(__always)
    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: [UInt8]) -> Bool {
        for index in prefix.indices where bytes[index] != prefix[index] { return false }
        return true
    }

    /// Whether a proclitic contains the one-letter preposition `preposition` (ب, ل or ك) at its end.
    public static func endsWithPreposition(_ clitic: String, _ preposition: String) -> Bool {
        let bare = clitic.hasSuffix("ال") ? String(clitic.dropLast(2)) : clitic
        return bare.hasSuffix(preposition) || (preposition == "ل" && clitic.hasSuffix("ل"))
    }
}
