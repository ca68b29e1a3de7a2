/// Escaping of text for XML content and attribute values.
public enum XMLText {
    /// `text` with `& < > " '` escaped, and control characters other than tab and line breaks
    /// dropped (XML 1.0 cannot carry them).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                if scalar.value < 0x20 { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` escaped for HTML text and attributes.
    public static func escapeHTML(_ text: String) -> String { escape(text) }
}
