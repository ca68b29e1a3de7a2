/// A reading of a word after an Arabic proclitic: the proclitic (index into
/// `ArabicClitics.prefixes`) and the id of the rest, which the lexicon knows.
public struct CliticReading: Hashable, Sendable {
    /// 1 + index of the proclitic in `ArabicClitics.prefixes`; 0 when there is no reading.
    public let clitic: UInt8
    /// Word id of the rest.
    public let word: Int32

    /// No reading.
    public static let none = CliticReading(clitic: 0, word: -1)

    /// The proclitic's folded spelling ("" for none).
    public var cliticText: String { clitic == 0 ? "" : ArabicClitics.prefixes[Int(clitic) - 1] }
}

/// One token of a document: a word or a single punctuation mark, with its place in the text and
/// its word id (in the lexicon's word table, or the document's own for words the lexicon lacks).
public struct Token: Hashable, Sendable {
    /// Start offset in Unicode code points from the start of the document.
    public let start: Int
    /// End offset (exclusive) in Unicode code points.
    public let end: Int
    /// Start offset in UTF-8 bytes.
    public let utf8Start: Int
    /// End offset (exclusive) in UTF-8 bytes.
    public let utf8End: Int
    /// Id of the folded word (words) or of the mark (punctuation).
    public let word: Int32
    /// Whether the token is a word (letters or digits) rather than punctuation.
    public let isWord: Bool
    /// Whether a line break precedes the token.
    public let startsLine: Bool
    /// The value of a token of digits (ASCII or Arabic-Indic), else -1.
    public let number: Int32
    /// Up to two proclitic readings whose rest the lexicon knows.
    public let readings: (CliticReading, CliticReading)
    /// The bits (`WordListTable.bit(_:)`) of the word-only lists that hold the word, as written
    /// or after any proclitic.
    public let wordLists: UInt128

    /// Whether the token is the word `id`, as written or after a proclitic و or ف.
    @inline(__always)
    public func reads(_ id: Int32, conjunctionOnly: Bool = true) -> Bool {
        if word == id { return true }
        let accepts: (CliticReading) -> Bool = {
            $0.word == id && (!conjunctionOnly || $0.clitic == ArabicClitics.waw || $0.clitic == ArabicClitics.fa)
        }
        return accepts(readings.0) || accepts(readings.1)
    }

    /// The punctuation mark of a non-word token.
    public var mark: Unicode.Scalar? { isWord ? nil : Unicode.Scalar(UInt32(-word - 1)) }

    /// Whether the token is a quotation mark, straight or curly, opening or closing (" « » “ ”).
    public var isQuotationMark: Bool { mark.map { "\"«»“”".unicodeScalars.contains($0) } ?? false }

    /// Tokens are equal when they are the same word at the same place.
    public static func == (lhs: Token, rhs: Token) -> Bool {
        lhs.start == rhs.start && lhs.end == rhs.end && lhs.word == rhs.word
    }

    /// Hashes the place and word.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(word)
    }
}
