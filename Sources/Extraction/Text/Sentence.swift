/// A sentence: a run of tokens ended by `. ! ? ؟` or a line break.
public struct Sentence: Sendable {
    /// The sentence's tokens.
    public let tokens: [Token]
    /// The document the sentence belongs to.
    public let document: TokenizedText

    /// Start offset of the sentence in code points.
    public var start: Int { tokens.first?.start ?? 0 }
    /// End offset of the sentence in code points.
    public var end: Int { tokens.last?.end ?? 0 }
    /// The sentence's text, as written.
    public var text: String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        return document.text(from: first, to: last)
    }

    /// A token as written.
    public func text(of index: Int) -> String { document.text(of: tokens[index]) }

    /// The tokens of `range`, as written, separated by spaces.
    public func text(_ range: Range<Int>) -> String {
        tokens[range].map(document.text(of:)).joined(separator: " ")
    }

    /// Splits a document into sentences.
    public static func split(_ document: TokenizedText) -> [Sentence] {
        var sentences: [Sentence] = []
        var current: [Token] = []
        for token in document.tokens {
            if token.startsLine && !current.isEmpty {
                sentences.append(Sentence(tokens: current, document: document))
                current = []
            }
            current.append(token)
            if let mark = token.mark, mark == "." || mark == "!" || mark == "?" || mark == "؟" {
                sentences.append(Sentence(tokens: current, document: document))
                current = []
            }
        }
        if !current.isEmpty { sentences.append(Sentence(tokens: current, document: document)) }
        return sentences
    }
}
