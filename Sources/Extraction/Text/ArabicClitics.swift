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

    /// The readings of a folded word as (proclitic, rest): the word itself first, then each
    /// proclitic split whose rest has at least two letters. `لل` (and `ولل`, `فلل`) also give a
    /// reading with the article restored (`للناتو` → `ل` + `الناتو`).
    public static func readings(_ word: String) -> [(clitic: String, rest: String)] {
        var result: [(String, String)] = [("", word)]
        let bytes = Array(word.utf8)
        for (prefix, spelling) in zip(prefixes, prefixBytes) where bytes.starts(with: spelling) {
            let rest = String(decoding: bytes[spelling.count...], as: UTF8.self)
            guard rest.count >= 2 else { continue }
            result.append((prefix, rest))
            if prefix.hasSuffix("لل") {
                result.append((String(prefix.dropLast()), "ال" + rest))
            }
        }
        return result
    }

    /// Calls `body` with the rest of each reading of a folded word given as UTF-8 bytes, in the
    /// order of `readings(_:)`: the word itself, then each proclitic split whose rest has at least
    /// two letters, and for `لل` forms the rest with the article restored.
    static func forEachRest(of word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        body(word)
        for (prefix, spelling) in zip(prefixes, prefixBytes) where word.starts(with: spelling) {
            let rest = UnsafeBufferPointer(rebasing: word[spelling.count...])
            guard rest.lazy.filter({ $0 & 0xC0 != 0x80 }).count >= 2 else { continue }
            body(rest)
            guard prefix.hasSuffix("لل") else { continue }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: rest.count + 4) { buffer in
                for (index, byte) in (Self.article + rest).enumerated() { buffer[index] = byte }
                body(UnsafeBufferPointer(rebasing: buffer[..<(rest.count + 4)]))
            }
        }
    }

    /// The article ال in UTF-8.
    private static let article: [UInt8] = Array("ال".utf8)

    /// A proclitic as matched against folded bytes: its spelling packed little-endian (at most
    /// eight bytes), its reading number, and for `لل` forms the reading number of the shorter
    /// proclitic that goes with the restored article (0 for none). Plain values, so scanning the
    /// list costs no reference counting.
    private struct PrefixMatch {
        let packed: UInt64
        let mask: UInt64
        let length: Int
        let clitic: UInt8
        let withArticle: UInt8
    }

    private static let prefixMatches: [PrefixMatch] = prefixes.enumerated().map { index, prefix in
        let bytes = Array(prefix.utf8)
        precondition(bytes.count <= 8, "a proclitic is at most four Arabic letters")
        let packed = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        let shorter = prefix.hasSuffix("لل") ? prefixes.firstIndex(of: String(prefix.dropLast())).map { UInt8($0 + 1) } : nil
        let mask: UInt64 = bytes.count == 8 ? ~0 : (1 << (8 * UInt64(bytes.count))) - 1
        return PrefixMatch(packed: packed, mask: mask, length: bytes.count, clitic: UInt8(index + 1), withArticle: shorter ?? 0)
    }

    /// Up to two readings of the folded word in `bytes` whose rest `known` returns an id for.
    static func knownReadings(_ bytes: UnsafeBufferPointer<UInt8>, known: (UnsafeBufferPointer<UInt8>) -> Int32?)
        -> (CliticReading, CliticReading) {
        guard bytes.count >= 6, bytes[0] == 0xD8 || bytes[0] == 0xD9 else { return (.none, .none) }
        var head: UInt64 = 0
        for index in 0..<min(8, bytes.count) { head |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        var first = CliticReading.none
        var count = 0
        func found(_ reading: CliticReading) -> Bool {
            if count == 0 { first = reading }
            count += 1
            return count == 2
        }
        return prefixMatches.withUnsafeBufferPointer { matches in
            for prefix in matches where bytes.count >= prefix.length + 4 {
                guard head & prefix.mask == prefix.packed else { continue }
                let rest = UnsafeBufferPointer(rebasing: bytes[prefix.length...])
                if let id = known(rest), found(CliticReading(clitic: prefix.clitic, word: id)) {
                    return (first, CliticReading(clitic: prefix.clitic, word: id))
                }
                guard prefix.withArticle != 0 else { continue }
                let restored = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: rest.count + 4) { buffer in
                    // The article ال in UTF-8, then the rest.
                    buffer[0] = 0xD8
                    buffer[1] = 0xA7
                    buffer[2] = 0xD9
                    buffer[3] = 0x84
                    for (index, byte) in rest.enumerated() { buffer[4 + index] = byte }
                    return known(UnsafeBufferPointer(rebasing: buffer[..<(rest.count + 4)]))
                }
                if let id = restored, found(CliticReading(clitic: prefix.withArticle, word: id)) {
                    return (first, CliticReading(clitic: prefix.withArticle, word: id))
                }
            }
            return (first, .none)
        }
    }

    /// Whether a proclitic contains the one-letter preposition `preposition` (ب, ل or ك) at its end.
    /// Reads the last letters only, without building strings.
    public static func endsWithPreposition(_ clitic: String, _ preposition: String) -> Bool {
        let scalars = clitic.unicodeScalars
        guard let letter = preposition.unicodeScalars.first, let last = scalars.last else { return false }
        if last == letter { return true }
        guard last == "ل", scalars.count >= 3, scalars[scalars.index(scalars.endIndex, offsetBy: -2)] == "ا" else { return false }
        return scalars[scalars.index(scalars.endIndex, offsetBy: -3)] == letter
    }

    /// A written name without the proclitic it was read with ("وروسيا" → "روسيا", "والغرب" →
    /// "الغرب"); kept as written when a ل proclitic may have taken the article's alif
    /// ("للخارجية", but also "لليتوانيا"), unless a definite adjective follows, which makes the
    /// noun definite ("للجيش الصومالي" → "الجيش الصومالي").
    static func withoutProclitic(_ written: String, _ clitic: String) -> String {
        guard !clitic.isEmpty, written.count > clitic.count + 1 else { return written }
        let rest = written.dropFirst(clitic.count)
        if clitic.hasSuffix("ال") || clitic.hasSuffix("لل") { return "ال" + rest }
        guard clitic.hasSuffix("ل"), rest.hasPrefix("ل") else { return String(rest) }
        let words = rest.split(separator: " ")
        return words.count > 1 && words[1].hasPrefix("ال") ? "ا" + rest : written
    }
}
