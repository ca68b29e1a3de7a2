import EntityGraph

/// Splits text into word and punctuation tokens, keeping offsets in Unicode code points.
/// Words are runs of letters, combining marks (Arabic diacritics) and digits; every other
/// non-space code point is a token of its own. O(n).
public enum Tokenizer {
    /// The tokens of `text`.
    public static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var word = String.UnicodeScalarView()
        var wordStart = 0
        var offset = 0
        var sawNewline = true
        var wordStartsLine = false
        func flush() {
            guard !word.isEmpty else { return }
            let text = String(word)
            tokens.append(Token(text: text, folded: NameFolding.fold(text), start: wordStart, end: offset,
                                isWord: true, startsLine: wordStartsLine))
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
                || scalar.value == 0x0640 {
                if word.isEmpty {
                    wordStart = offset
                    wordStartsLine = sawNewline
                    sawNewline = false
                }
                word.append(scalar)
            } else {
                flush()
                if scalar == "\n" || scalar == "\u{2029}" {
                    sawNewline = true
                } else if !properties.isWhitespace && !(0x200B...0x200F).contains(scalar.value) {
                    tokens.append(Token(text: String(scalar), folded: String(scalar), start: offset, end: offset + 1,
                                        isWord: false, startsLine: sawNewline))
                    sawNewline = false
                }
            }
            offset += 1
        }
        flush()
        return tokens
    }
}
