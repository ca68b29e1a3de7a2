/// One token of a document: a word or a single punctuation mark, with its place in the text.
public struct Token: Hashable, Sendable {
    /// The text as written.
    public let text: String
    /// The text folded for matching (`NameFolding.fold`).
    public let folded: String
    /// Start offset in Unicode code points from the start of the document.
    public let start: Int
    /// End offset (exclusive) in Unicode code points.
    public let end: Int
    /// Whether the token is a word (letters or digits) rather than punctuation.
    public let isWord: Bool
    /// Whether a line break precedes the token.
    public let startsLine: Bool
}
