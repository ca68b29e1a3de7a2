import EntityGraph

/// What extraction found in one sentence and why: the mentions it resolved and the relations it
/// read, each with the rule that produced it (`ergraph extract --explain`).
public struct SentenceExplanation: Sendable {
    /// A mention resolved to entities.
    public struct Mention: Sendable {
        /// The words as written.
        public let surface: String
        /// The entities referred to.
        public let ids: [String]
        /// How it was found: `name`, `anaphora` or `title`.
        public let how: String
    }

    /// A relation read from the sentence.
    public struct Reading: Sendable {
        /// The relation, with this sentence's evidence only.
        public let relation: Relation
        /// The rule that read it.
        public let rule: String
    }

    /// The document.
    public let document: String
    /// The sentence's number in the document, from 1.
    public let number: Int
    /// The sentence as written.
    public let text: String
    /// The mentions, in reading order.
    public let mentions: [Mention]
    /// The relations, in the order they were read.
    public let readings: [Reading]

    /// A readable account: the sentence, its mentions, then one line per relation.
    public var report: String {
        var lines = ["[\(document) #\(number)] \(text)"]
        if !mentions.isEmpty {
            lines.append("  mentions: " + mentions.map { "\($0.surface) → \($0.ids.joined(separator: "+")) (\($0.how))" }
                .joined(separator: "; "))
        }
        for reading in readings {
            let relation = reading.relation
            let attributes = relation.attributes.keys.sorted().map { "\($0)=\(relation.attributes[$0]!)" }.joined(separator: ", ")
            lines.append("  \(relation.source) -\(relation.type.rawValue)-> \(relation.target)"
                + (attributes.isEmpty ? "" : " {\(attributes)}")
                + "  rule \(reading.rule), confidence \(String(format: "%.2f", relation.confidence))")
        }
        return lines.joined(separator: "\n")
    }

    /// This account with the readings of `relations` whose evidence lies in this sentence, read
    /// after the document's last sentence (an attack on a place lifted to its state).
    func adding(_ relations: [Relation]) -> SentenceExplanation {
        let added = relations.compactMap { relation -> Reading? in
            guard let evidence = relation.evidence.first(where: { $0.document == document }),
                  text.contains(evidence.sentence.replacingOccurrences(of: "… ", with: "").replacingOccurrences(of: " …", with: "")) else { return nil }
            return Reading(relation: relation, rule: evidence.rule ?? "")
        }
        return added.isEmpty ? self : SentenceExplanation(document: document, number: number, text: text, mentions: mentions, readings: readings + added)
    }
}
