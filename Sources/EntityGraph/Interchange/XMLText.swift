/// Escaping of text for XML content and attribute values.
public enum XMLText {
    /// `text` with `& < > " '` escaped, and control characters other than tab and line breaks
    /// dropped (XML 1.0 cannot carry them).
    public static func escape(_ text: String) -> String {
        TextEscaping.escape(text, table, dropsControls: true)
    }

    private static let table: [Character: String] = [
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;", "\n": "&#10;", "\r": "&#13;",
        "\r\n": "&#13;&#10;", "\t": "&#9;",
    ]

    /// `text` escaped for HTML text and attributes.
    public static func escapeHTML(_ text: String) -> String { escape(text) }
}
