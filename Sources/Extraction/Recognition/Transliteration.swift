/// Latin transliteration of Arabic names, for the ids and English names of people the lexicon
/// does not know. A plain letter-by-letter scheme, readable and stable; Latin letters pass through.
public enum Transliteration {
    private static let letters: [Character: String] = [
        "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh",
        "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
        "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "o",
        "ي": "i", "ى": "a", "ة": "a", "ء": "", "ئ": "i", "ؤ": "o", "گ": "g", "پ": "p", "چ": "ch", "ڤ": "v",
    ]

    /// The name in Latin letters, each word capitalised ("بوريس جريزلوف" → "Boris Jrizlof").
    public static func latin(_ arabic: String) -> String {
        arabic.split(separator: " ").map { word -> String in
            var out = ""
            for character in word {
                if let mapped = letters[character] { out += mapped } else if character.unicodeScalars.first?.isLatinLetter == true { out.append(character) }
            }
            return out.prefix(1).uppercased() + out.dropFirst()
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// An ASCII slug for ids ("Boris Jrizlof" → "boris_jrizlof", "Šakalienė" → "sakaliene").
    public static func slug(_ text: String) -> String {
        let lowered = latin(text).folding(options: .diacriticInsensitive, locale: nil).lowercased()
        var out = ""
        for character in lowered {
            if character.isASCII && (character.isLetter || character.isNumber) { out.append(character) } else if out.last != "_" { out.append("_") }
        }
        let trimmed = out.trimmingCharacters(in: CharacterSet(charactersIn: "_"))
        return trimmed.isEmpty ? "entity" : trimmed
    }
}

import Foundation
