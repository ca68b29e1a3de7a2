/// An Arabic anaphor noun with an adjective after it names a body of its own.
extension SentenceWork {
    /// Whether an Arabic anaphor noun is followed by an adjective (a definite word naming no
    /// entity, or a nisba): it names a body of its own ("رئيس المجلس الرئاسي الليبي"), not the
    /// alliance or group named before.
    func isQualifiedNoun(_ anaphor: Span) -> Bool {
        let next = anaphor.range.upperBound
        guard next < tokens.count, tokens[next].isWord, sentence.document.isArabic(tokens[next]) else { return false }
        if let span = spanIndex(startingAt: next) { return spans[span].value.isNisba }
        return sentence.document.startsWithArticle(tokens[next])
    }
}
