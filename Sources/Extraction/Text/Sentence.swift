/// A sentence: a run of tokens ended by `. ! ? ؟` or a line break.
public struct Sentence: Sendable {
    /// The sentence's tokens.
    public let tokens: [Token]
    /// The document the sentence belongs to.
    public let document: TokenizedText
    /// How many of its tokens are words (not punctuation).
    public let wordCount: Int

    /// A sentence of `tokens` of `document`.
    public init(tokens: [Token], document: TokenizedText) {
        self.tokens = tokens
        self.document = document
        var words = 0
        for token in tokens where token.isWord { words += 1 }
        wordCount = words
    }

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

    /// The tokens of `range` as written, with the spacing of the text between them.
    public func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return document.text(from: tokens[first], to: tokens[last])
    }

    /// Quotation marks that close a quote: one written right after a sentence's full stop
    /// belongs to that sentence ("... «unfounded.»").
    static let closingQuotes: Set<Unicode.Scalar> = ["\"", "”", "»", "'", "’"]

    /// Splits a document into sentences. A full stop does not end one after a capital initial
    /// ("George W. Bush"), after a word `isAbbreviation` accepts ("Gen.", "Nov."), between
    /// digits ("3.5"), or between an Arabic word and a glued word of up to three letters (a site's
    /// name: "العربية.نت"). A closing quotation mark right after the full stop stays with its sentence.
    public static func split(_ document: TokenizedText, isAbbreviation: (Int32) -> Bool = { _ in false }) -> [Sentence] {
        var sentences: [Sentence] = []
        let tokens = document.tokens
        var currentStart = 0
        func close(before end: Int) {
            if end > currentStart { sentences.append(Sentence(tokens: Array(tokens[currentStart..<end]), document: document)) }
            currentStart = end
        }
        for (index, token) in tokens.enumerated() {
            if let closing = token.mark, Self.closingQuotes.contains(closing), currentStart == index, let last = sentences.last?.tokens.last,
               last.utf8End == token.utf8Start, !token.startsLine {
                sentences[sentences.count - 1] = Sentence(tokens: sentences[sentences.count - 1].tokens + [token], document: document)
                currentStart = index + 1
                continue
            }
            if token.startsLine { close(before: index) }
            guard let mark = token.mark, mark == "." || mark == "!" || mark == "?" || mark == "؟" else { continue }
            if mark == ".", index > 0, tokens[index - 1].isWord, tokens[index - 1].utf8End == token.utf8Start {
                let previous = tokens[index - 1]
                let next = index + 1 < tokens.count ? tokens[index + 1] : nil
                let decimal = previous.number >= 0 && next.map { $0.number >= 0 && $0.utf8Start == token.utf8End } == true
                let domain = document.isArabic(previous) && next.map {
                    $0.isWord && $0.utf8Start == token.utf8End && document.isArabic($0) && $0.utf8End - $0.utf8Start <= 6
                } == true
                if decimal || domain || isAbbreviation(previous.word) || document.isCapitalInitial(previous) { continue }
            }
            close(before: index + 1)
        }
        close(before: tokens.count)
        return sentences
    }
}
