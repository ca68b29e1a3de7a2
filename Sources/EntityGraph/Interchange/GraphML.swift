import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// GraphML, as NetworkX's `read_graphml` and Gephi read it: typed `<key>` declarations for
/// nodes (name, kind, labels, aliases) and edges (type, symmetric, attributes, evidence count and
/// sentences, confidence), `edgedefault="directed"`. Symmetric relations carry `symmetric=true`
/// rather than `directed="false"`, which NetworkX refuses inside a directed graph. Lists
/// (aliases, evidence) are written as JSON text in a string attribute.
public enum GraphML {
    private static let nodeKeys = [("name", "string"), ("kind", "string"), ("label_ar", "string"), ("label_en", "string"),
                                   ("aliases", "string")]
    private static let edgeKeys = [("type", "string"), ("symmetric", "boolean"), ("attrs", "string"), ("confidence", "double"),
                                   ("evidence_count", "int"), ("evidence", "string")]

    /// The GraphML text of a graph, identical for equal graphs.
    public static func encode(_ graph: EntityGraph) -> Data {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                     "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"]
        for (name, type) in nodeKeys { lines.append("  <key id=\"\(name)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>") }
        for (name, type) in edgeKeys { lines.append("  <key id=\"\(name)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>") }
        lines.append("  <graph id=\"ergraph\" edgedefault=\"directed\">")
        for entity in graph.entities {
            lines.append("    <node id=\"\(XMLText.escape(entity.id))\">")
            var data = [("name", entity.name), ("kind", entity.kind.rawValue), ("aliases", jsonText(entity.aliases))]
            for language in ["ar", "en"] { if let label = entity.labels[language] { data.append(("label_\(language)", label)) } }
            for (key, value) in data.sorted(by: { $0.0 < $1.0 }) {
                lines.append("      <data key=\"\(key)\">\(XMLText.escape(value))</data>")
            }
            lines.append("    </node>")
        }
        for (number, relation) in graph.relations.enumerated() {
            let symmetric = graph.vocabulary.isSymmetric(relation.type)
            lines.append("    <edge id=\"e\(number)\" source=\"\(XMLText.escape(relation.source))\" target=\"\(XMLText.escape(relation.target))\">")
            let data = [("attrs", jsonText(relation.attributes)), ("confidence", String(relation.confidence)),
                        ("evidence", jsonText(relation.evidence.map(\.sentence))),
                        ("evidence_count", String(relation.evidence.count)), ("symmetric", symmetric ? "true" : "false"),
                        ("type", relation.type.rawValue)]
            for (key, value) in data { lines.append("      <data key=\"\(key)\">\(XMLText.escape(value))</data>") }
            lines.append("    </edge>")
        }
        lines += ["  </graph>", "</graphml>"]
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Reads GraphML written by ergraph or by other tools (nodes' `name`/`label` and `kind`,
    /// edges' `type`/`label` data are used when present). Throws `GraphError.malformed`.
    public static func decode(_ data: Data, file: String = "<graphml>", vocabulary: RelationVocabulary = .core) throws -> EntityGraph {
        let reader = GraphMLReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else {
            throw GraphError.malformed(file: file, location: "line \(parser.lineNumber), column \(parser.columnNumber)",
                                       problem: "not valid XML")
        }
        var graph = EntityGraph(vocabulary: vocabulary)
        for node in reader.nodes {
            let names = node.data
            var labels: [String: String] = [:]
            for language in ["ar", "en"] { if let label = names["label_\(language)"] { labels[language] = label } }
            let aliases = (names["aliases"].flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) }) ?? []
            graph.add(Entity(id: node.id, name: names["name"] ?? names["label"] ?? node.id,
                             kind: names["kind"].flatMap(EntityKind.init(rawValue:)) ?? .unknown, labels: labels, aliases: aliases))
        }
        for (number, edge) in reader.edges.enumerated() {
            for end in [edge.source, edge.target] where !graph.contains(id: end) {
                throw GraphError.malformed(file: file, location: "edge \(number + 1)",
                                           problem: "edge names a node that does not exist: \"\(end)\"")
            }
            let attributes = (edge.data["attrs"].flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }) ?? [:]
            try graph.add(Relation(source: edge.source, type: RelationType(edge.data["type"] ?? edge.data["label"] ?? "related_to"),
                                   target: edge.target, attributes: attributes,
                                   confidence: edge.data["confidence"].flatMap(Double.init) ?? 1))
        }
        return graph
    }

    private static func jsonText<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}

/// Collects the nodes and edges of a GraphML document, resolving `<data key>` through the
/// `<key>` declarations' `attr.name`.
private final class GraphMLReader: NSObject, XMLParserDelegate {
    struct Item {
        var id: String
        var source = "", target = ""
        var data: [String: String] = [:]
    }

    var nodes: [Item] = []
    var edges: [Item] = []
    private var keyNames: [String: String] = [:]
    private var current: Item?
    private var isEdge = false
    private var dataKey: String?
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch element {
        case "key":
            if let id = attributes["id"] { keyNames[id] = attributes["attr.name"] ?? id }
        case "node":
            current = Item(id: attributes["id"] ?? "")
            isEdge = false
        case "edge":
            current = Item(id: attributes["id"] ?? "", source: attributes["source"] ?? "", target: attributes["target"] ?? "")
            isEdge = true
        case "data":
            dataKey = attributes["key"].map { keyNames[$0] ?? $0 }
            text = ""
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if dataKey != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "data":
            if let key = dataKey { current?.data[key] = text }
            dataKey = nil
        case "node":
            if let item = current { nodes.append(item) }
            current = nil
        case "edge":
            if let item = current { edges.append(item) }
            current = nil
        default:
            break
        }
    }
}
