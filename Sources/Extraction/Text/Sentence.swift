/// A sentence: a run of tokens ended by `. ! ? ؟` or a line break.
public struct Sentence: Sendable {
    /// The sentence's tokens.
    public let tokens: [Token]
    /// The sentence's text, as written.
    public let text: String
    /// Start offset of the sentence in code points.
    public var start: Int { tokens.first?.start ?? 0 }
    /// End offset of the sentence in code points.
    public var end: Int { tokens.last?.end ?? 0 }

    /// Splits tokens of `document` into sentences.
    public static func split(_ tokens: [Token], of document: String) -> [Sentence] {
        let scalars = Array(document.unicodeScalars)
        var sentences: [Sentence] = []
        var current: [Token] = []
        func close() {
            guard let first = current.first, let last = current.last else { return }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[first.start..<last.end])
            sentences.append(Sentence(tokens: current, text: String(text)))
            current = []
        }
        for token in tokens {
            if token.startsLine { close() }
            current.append(token)
            if !token.isWord && ".!?؟".contains(token.text) { close() }
        }
        close()
        return sentences
    }
}
