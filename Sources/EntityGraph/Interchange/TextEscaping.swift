/// Escaping by table: every character found in the table is replaced by its escape, the others
/// are kept. The formats (XML, Cypher, DOT, HTML labels) differ only in their tables.
public enum TextEscaping {
    /// `text` with the characters of `table` replaced; other control characters (below U+0020)
    /// are dropped when `dropsControls` is set.
    public static func escape(_ text: String, _ table: [Character: String], dropsControls: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if let replacement = table[character] {
                out += replacement
            } else if dropsControls, let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1, scalar.value < 0x20 {
                continue
            } else {
                out.append(character)
            }
        }
        return out
    }
}
