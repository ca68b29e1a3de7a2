import Foundation

/// Folds a name or a word to the form used for matching: Arabic diacritics and tatweel removed,
/// alef/hamza forms, ى/ي, ة/ه and Persian/Urdu letters unified (گ, the G of foreign names, as
/// غ), Arabic-Indic digits made ASCII, Latin lower-cased and without diacritics. Shared by the
/// lexicon, the text scanner and name lookup.
public enum NameFolding {
    /// Folds `text` for matching; spaces are collapsed and trimmed.
    public static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            appendFolded(scalar, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// White space, answered without Unicode property tables for ASCII and Arabic letters.
    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        if value >= 0x0600 && value <= 0x06FF { return false }
        return scalar.properties.isWhitespace
    }

    /// Appends the folded, lower-cased UTF-8 bytes of one code point (nothing for a dropped one).
    @inline(__always)
    public static func appendFolded(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        guard let folded = foldScalar(scalar) else { return }
        let value = folded.value
        if value < 0x80 {
            bytes.append(UInt8(value >= 0x41 && value <= 0x5A ? value | 0x20 : value))
        } else if value < 0x800 {
            if value < 0x600, folded.properties.changesWhenLowercased {
                for lower in folded.properties.lowercaseMapping.unicodeScalars { appendUTF8(lower, to: &bytes) }
                return
            }
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        } else {
            appendUTF8(folded, to: &bytes)
        }
    }

    @inline(__always)
    private static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        for unit in UTF8.encode(scalar)! { bytes.append(unit) }
    }

    /// Folds one code point; nil means the code point is dropped (a diacritic or tatweel).
    public static func foldScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640, 0x200C...0x200F, 0x2066...0x2069:
            return nil
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"
        case 0x0649, 0x06CC, 0x0626: return "\u{064A}"
        case 0x0629: return "\u{0647}"
        case 0x0624: return "\u{0648}"
        case 0x06A9: return "\u{0643}"
        case 0x06AF: return "\u{063A}"
        case 0x067E: return "\u{0628}"
        case 0x0686: return "\u{062C}"
        case 0x0698: return "\u{0632}"
        case 0x06A4: return "\u{0641}"
        case 0x0660...0x0669: return Unicode.Scalar(scalar.value - 0x0660 + 0x30)
        case 0x06F0...0x06F9: return Unicode.Scalar(scalar.value - 0x06F0 + 0x30)
        case 0x2019, 0x2018: return "'"
        case 0x00C0...0x024F: return latinBase[scalar.value] ?? scalar
        default: return scalar
        }
    }

    /// Latin letters with diacritics and their base letters ("Orbán" as "Orban", "Nausėda",
    /// "Vučić", "Erdoğan", "Łukaszenka"), for the Latin-1 and Latin Extended blocks.
    private static let latinBase: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [0x0141: "L", 0x0142: "l", 0x0110: "D", 0x0111: "d", 0x00D8: "O", 0x00F8: "o",
                                               0x0131: "i", 0x0126: "H", 0x0127: "h"]
        for value in UInt32(0x00C0)...UInt32(0x024F) where table[value] == nil {
            guard let scalar = Unicode.Scalar(value),
                  let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
                  base.value < 0x80, base.properties.isAlphabetic else { continue }
            table[value] = base
        }
        return table
    }()

    /// The key under which a name is looked up: folded, a leading English "the" and quotes,
    /// dots and parentheses removed.
    public static func lookupKey(_ name: String) -> String {
        var key = fold(name)
        key.removeAll { "\"'`.,()«»".contains($0) }
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return key.trimmingCharacters(in: .whitespaces)
    }
}
