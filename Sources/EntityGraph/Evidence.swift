/// Where a relation was read: a span of one sentence of one document, and the rule that read it.
public struct Evidence: Hashable, Comparable, Codable, Sendable {
    /// The document's file name (or another identifier chosen by the caller).
    public var document: String
    /// Start of the span, in Unicode code points from the start of the document.
    public var start: Int
    /// End of the span (exclusive), in Unicode code points.
    public var end: Int
    /// The sentence the span lies in (extraction keeps, of a sentence of more than 150 tokens,
    /// the 40 tokens either side of the span, with "…" where it was cut).
    public var sentence: String
    /// The extraction rule that produced the relation, if any.
    public var rule: String?

    /// Creates a piece of evidence.
    public init(document: String, start: Int, end: Int, sentence: String, rule: String? = nil) {
        self.document = document
        self.start = start
        self.end = end
        self.sentence = sentence
        self.rule = rule
    }

    /// Evidence is identified by document, span and rule (the sentence follows from the span).
    public static func == (lhs: Evidence, rhs: Evidence) -> Bool {
        lhs.start == rhs.start && lhs.end == rhs.end && lhs.rule == rhs.rule && lhs.document == rhs.document
    }

    /// Hashes the identity: document, span and rule.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(rule)
        hasher.combine(document)
    }

    /// Orders evidence by document, then position.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if lhs.start != rhs.start || lhs.document != rhs.document {
            return lhs.document == rhs.document ? lhs.start < rhs.start : lhs.document < rhs.document
        }
        if lhs.end != rhs.end { return lhs.end < rhs.end }
        return (lhs.rule ?? "") < (rhs.rule ?? "")
    }
}
