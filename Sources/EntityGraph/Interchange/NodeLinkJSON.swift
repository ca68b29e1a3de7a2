import Foundation

/// Reads and writes node-link JSON: top-level `directed`, `multigraph`, `graph` (sources,
/// generator, version), `nodes` (`id`, `name`, `kind`, `labels`, `aliases`) and `edges`
/// (`source`, `target`, `key`, `type`, `attrs`, `evidence`, `confidence`). The output loads
/// unchanged with `networkx.node_link_graph(data, edges="edges")` and is byte-identical for
/// equal graphs: keys sorted, nodes by id, edges by (source, type, target).
public enum NodeLinkJSON {
    /// The generator name written into `graph.generator`.
    public static let generator = "ergraph"
    /// The format version written into `graph.version`.
    public static let version = "1"

    /// Encodes a graph as pretty-printed UTF-8 JSON ending with a newline.
    public static func encode(_ graph: EntityGraph) -> Data {
        let document = NodeLinkDocument(
            directed: true,
            multigraph: true,
            graph: .init(sources: graph.sources, generator: generator, version: version),
            nodes: graph.entities.map {
                .init(id: $0.id, name: $0.name, kind: $0.kind, labels: $0.labels, aliases: $0.aliases)
            },
            edges: graph.relations.map {
                .init(source: $0.source, target: $0.target, key: $0.type.rawValue, type: $0.type.rawValue,
                      attrs: $0.attributes, evidence: $0.evidence,
                      confidence: ($0.confidence * 100).rounded() / 100)
            }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(document)) ?? Data()
        data.append(0x0A)
        return data
    }

    /// Decodes node-link JSON; `file` names the source in error messages. Throws
    /// `GraphError.malformed` (saying where) or `GraphError.unknownEntity`.
    public static func decode(_ data: Data, file: String = "<json>",
                              vocabulary: RelationVocabulary = .core) throws -> EntityGraph {
        let document: NodeLinkDocument
        do {
            document = try JSONDecoder().decode(NodeLinkDocument.self, from: data)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                throw GraphError.malformed(file: file, location: syntaxErrorLocation(data), problem: "not valid JSON")
            }
            throw GraphError.malformed(file: file, location: location(of: error), problem: problem(of: error))
        }
        var graph = EntityGraph(vocabulary: vocabulary)
        document.graph?.sources.forEach { graph.addSource($0) }
        for node in document.nodes {
            graph.add(Entity(id: node.id, name: node.name ?? node.id, kind: node.kind ?? .unknown,
                             labels: node.labels ?? [:], aliases: node.aliases ?? []))
        }
        for (index, edge) in document.edges.enumerated() {
            for end in [edge.source, edge.target] where !graph.contains(id: end) {
                throw GraphError.malformed(file: file, location: "edges[\(index)]",
                                           problem: "edge names a node that does not exist: \"\(end)\"")
            }
            try graph.add(Relation(source: edge.source, type: RelationType(edge.type), target: edge.target,
                                   attributes: edge.attrs ?? [:], evidence: edge.evidence ?? [],
                                   confidence: edge.confidence ?? 1))
        }
        return graph
    }

    /// "line L, column C" of a JSON syntax error, from Foundation's character offset.
    private static func syntaxErrorLocation(_ data: Data) -> String {
        var message = ""
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            message = (error as NSError).userInfo["NSDebugDescription"] as? String ?? ""
        }
        let bytes = [UInt8](data)
        var offset = bytes.count
        if let range = message.range(of: #"character (\d+)"#, options: .regularExpression),
           let number = Int(message[range].dropFirst("character ".count)) {
            offset = min(number, bytes.count)
        }
        let before = bytes[..<offset]
        let line = before.filter { $0 == 0x0A }.count + 1
        let column = offset - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
        let what = offset >= bytes.count ? "unexpected end of file at " : ""
        return "\(what)line \(line), column \(column)"
    }

    private static func location(of error: DecodingError) -> String {
        let path: [CodingKey]
        switch error {
        case .dataCorrupted(let context): path = context.codingPath
        case .keyNotFound(_, let context): path = context.codingPath
        case .typeMismatch(_, let context): path = context.codingPath
        case .valueNotFound(_, let context): path = context.codingPath
        @unknown default: path = []
        }
        if path.isEmpty { return "top level" }
        return path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
            .joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }

    private static func problem(of error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context):
            return context.debugDescription
        case .keyNotFound(let key, _):
            return "missing field \"\(key.stringValue)\""
        case .typeMismatch(let type, _):
            return "expected \(type)"
        case .valueNotFound(let type, _):
            return "expected \(type), found null"
        @unknown default:
            return "not a node-link graph"
        }
    }
}
