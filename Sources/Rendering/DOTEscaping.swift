import EntityGraph

/// Escaping of text for DOT quoted strings and for Graphviz labels.
public enum DOTEscaping {
    /// Quotes `text` as a DOT string whose displayed value is `text` itself: backslashes are
    /// doubled first (Graphviz would otherwise expand `\N`, `\G`, `\n` ...), then quotes escaped,
    /// and newlines become the centred line break `\n`.
    public static func quoted(_ text: String) -> String {
        "\"" + TextEscaping.escape(text, ["\\": "\\\\", "\"": "\\\"", "\n": "\\n", "\r\n": "\\n", "\r": ""]) + "\""
    }

    /// Joins already-displayable lines with centred line breaks, quoting each.
    public static func quotedLines(_ lines: [String]) -> String {
        let inner = lines.map { String(quoted($0).dropFirst().dropLast()) }
        return "\"" + inner.joined(separator: "\\n") + "\""
    }

    /// Escapes `& < > " '` for HTML-like labels.
    public static func html(_ text: String) -> String {
        TextEscaping.escape(text, ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;", "\n": "<BR/>"])
    }

    /// Wraps right-to-left text in RLI … PDI so that viewers that honour Unicode bidi keep mixed
    /// Arabic/Latin/digit labels in reading order; other text is returned unchanged.
    public static func isolatingBidi(_ text: String) -> String {
        let hasArabic = text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) || (0x0750...0x077F).contains($0.value) }
        return hasArabic ? "\u{2067}" + text + "\u{2069}" : text
    }
}
