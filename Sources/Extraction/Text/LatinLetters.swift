extension Unicode.Scalar {
    /// Whether the scalar is a letter of the Latin script, with or without diacritics ("D", "Š",
    /// "ė", "ł", "ğ"): the names of European people and places are written with them.
    var isLatinLetter: Bool {
        properties.isAlphabetic && (value < 0x0250 || (0x1E00...0x1EFF).contains(value))
    }

    /// Whether the scalar is a capital letter of the Latin script ("S", "Š").
    var isLatinCapital: Bool { isLatinLetter && properties.isUppercase }

    /// Whether the scalar is in the Arabic block.
    var isArabicLetter: Bool { (0x0600...0x06FF).contains(value) }
}
