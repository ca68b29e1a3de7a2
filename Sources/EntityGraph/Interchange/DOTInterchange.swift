import Foundation

/// DOT for exchanging the graph with tools that read it (not for drawing: see `DOTWriter`).
/// Node and edge data travel as attributes (`name`, `kind`, `label_ar`, `label_en`, `aliases`,
/// `type`, `attrs`, `confidence`); ids and values are percent-encoded for `%`, `\` and `"`, so
/// any name survives Graphviz's parser, and the graph carries `ergraph="1"` to say so.
public enum DOTInterchange {
    /// The DOT text of a graph, identical for equal graphs.
    public static func encode(_ graph: EntityGraph) -> Data {
        var lines = ["digraph \"ergraph\" {", "  graph [ergraph=\"1\"];"]
        for entity in graph.entities {
            var attributes = [("name", entity.name), ("label", entity.name), ("kind", entity.kind.rawValue),
                              ("aliases", entity.aliases.joined(separator: "|"))]
            for language in ["ar", "en"] { if let label = entity.labels[language] { attributes.append(("label_\(language)", label)) } }
            lines.append("  \(quoted(entity.id)) [\(attributes.map { "\($0.0)=\(quoted($0.1))" }.joined(separator: ", "))];")
        }
        for relation in graph.relations {
            let attributes = relation.attributes.keys.sorted().map { "\($0)=\(relation.attributes[$0]!)" }.joined(separator: ";")
            lines.append("  \(quoted(relation.source)) -> \(quoted(relation.target)) [type=\(quoted(relation.type.rawValue)), "
                         + "label=\(quoted(relation.type.rawValue)), attrs=\(quoted(attributes)), confidence=\"\(relation.confidence)\"];")
        }
        lines.append("}")
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// A quoted DOT string with `%`, `\`, `"` and line breaks percent-encoded.
    static func quoted(_ text: String) -> String {
        "\"" + TextEscaping.escape(text, ["%": "%25", "\\": "%5C", "\"": "%22", "\n": "%0A", "\r": "%0D", "\r\n": "%0D%0A"]) + "\""
    }

    /// Undoes the percent-encoding of `quoted`.
    public static func decodeValue(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "%", let end = text.index(index, offsetBy: 3, limitedBy: text.endIndex),
               let value = UInt8(text[text.index(after: index)..<end], radix: 16) {
                out.append(Character(Unicode.Scalar(value)))
                index = end
            } else {
                out.append(text[index])
                index = text.index(after: index)
            }
        }
        return out
    }

    /// The entity graph of a parsed DOT graph: nodes with their attributes, edges with theirs.
    /// Graphs written by `encode` come back whole; other DOT gives nodes named by their ids
    /// (or `label`) and edges typed by `type` or `label`.
    public static func graph(nodes: [(name: String, attributes: [String: String])],
                             edges: [(tail: String, head: String, attributes: [String: String])],
                             encoded: Bool, file: String, vocabulary: RelationVocabulary = .core) throws -> EntityGraph {
        let value: (String?) -> String? = { text in text.map { encoded ? decodeValue($0) : $0 } }
        var graph = EntityGraph(vocabulary: vocabulary)
        for node in nodes {
            let id = value(node.name)!
            var labels: [String: String] = [:]
            for language in ["ar", "en"] {
                if let label = value(node.attributes["label_\(language)"]), !label.isEmpty { labels[language] = label }
            }
            let aliases = value(node.attributes["aliases"]).map { $0.split(separator: "|").map(String.init) } ?? []
            let label = value(node.attributes["label"]).flatMap { $0 == "\\N" || $0.isEmpty ? nil : $0 }
            graph.add(Entity(id: id, name: value(node.attributes["name"]) ?? label ?? id,
                             kind: value(node.attributes["kind"]).flatMap(EntityKind.init(rawValue:)) ?? .unknown,
                             labels: labels, aliases: aliases))
        }
        for edge in edges {
            let attributes = (value(edge.attributes["attrs"]) ?? "").split(separator: ";").reduce(into: [String: String]()) { result, pair in
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2 { result[parts[0]] = parts[1] }
            }
            let type = value(edge.attributes["type"]) ?? value(edge.attributes["label"]).flatMap { $0.isEmpty ? nil : $0 } ?? "related_to"
            try graph.add(Relation(source: value(edge.tail)!, type: RelationType(type), target: value(edge.head)!,
                                   attributes: attributes,
                                   confidence: value(edge.attributes["confidence"]).flatMap(Double.init) ?? 1))
        }
        return graph
    }
}
