/// The language whose grammar extraction applies to a document: its titles, event words and
/// function words are read, while the other script contributes only names (an English "NATO"
/// in an Arabic article is still NATO; an English "condemned" in it triggers nothing).
public enum TextLanguage: String, CaseIterable, Sendable {
    /// Arabic.
    case arabic = "ar"
    /// English.
    case english = "en"

    /// The language of a text by the script of most of the letters of its first 8 KB: Arabic
    /// when Arabic letters are at least as many as Latin ones (and for a text with neither), else
    /// English.
    public static func detect(_ text: String) -> TextLanguage {
        var arabic = 0, latin = 0
        for byte in text.utf8.prefix(1 << 13) {
            if byte >= 0xD8 && byte <= 0xDB {
                arabic += 1
            } else if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                latin += 1
            }
        }
        return arabic >= latin ? .arabic : .english
    }

    /// Whether a token is written in this language's script (Arabic letters for Arabic, anything
    /// else for English).
    func writes(_ token: Token, in document: TokenizedText) -> Bool {
        document.isArabic(token) == (self == .arabic)
    }
}
