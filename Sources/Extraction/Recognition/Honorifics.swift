import EntityGraph

/// Honorifics before a name (list `honorifics`: "حضرة صاحب السمو", "فخامة", "معالي", "His
/// Excellency"): no word of the name, passed over where a name or a frame's words are looked for.
extension SentenceWork {
    /// The honorific that starts at token `index`, if any.
    func honorific(at index: Int) -> Span? {
        spanIndex(startingAt: index).flatMap { spans[$0].value == .function("honorifics") ? spans[$0] : nil }
    }
}
