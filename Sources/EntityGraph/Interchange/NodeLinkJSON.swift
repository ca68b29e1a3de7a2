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

    /// Encodes a graph as pretty-printed UTF-8 JSON ending with a newline. With `jobs` above 1,
    /// a long edge list is written in pieces that many at a time; the bytes are the same.
    public static func encode(_ graph: EntityGraph, jobs: Int = 1) -> Data {
        var whole = Data()
        write(graph, jobs: jobs) { whole.append($0) }
        return whole
    }

    /// Writes the bytes of `encode` to `sink` a run of edges at a time, so that a graph with
    /// millions of pieces of evidence is never held as one block of text.
    public static func write(_ graph: EntityGraph, jobs: Int = 1, to sink: (Data) throws -> Void) rethrows {
        var json = JSONWriter()
        json.beginObject()
        json.key("directed")
        json.bool(true)
        json.key("edges")
        json.beginArray()
        let relations = graph.relations
        let workers = max(1, jobs)
        let bounds = pieceBounds(relations, pieces: workers * 8)
        var first = 0
        while first < bounds.count - 1 {
            let last = min(bounds.count - 1, first + workers)
            let written = ConcurrentSlots<Data>(count: last - first)
            let round = first
            DispatchQueue.concurrentPerform(iterations: last - first) { offset in
                let piece = round + offset
                var part = JSONWriter(insideArrayAtDepth: 2, afterItems: piece > 0)
                writeEdges(relations[bounds[piece]..<bounds[piece + 1]], into: &part)
                written[offset] = part.takeData()
            }
            json.appendItems(written.values.compactMap { $0 }, nonEmpty: !relations.isEmpty)
            try sink(json.takeData())
            first = last
        }
        json.endArray()
        json.key("graph")
        json.beginObject()
        json.field("generator", generator)
        json.key("sources")
        json.strings(graph.sources)
        json.field("version", version)
        json.endObject()
        json.key("multigraph")
        json.bool(true)
        json.key("nodes")
        json.beginArray()
        for entity in graph.entities {
            json.beginObject()
            json.key("aliases")
            json.strings(entity.aliases)
            json.field("id", entity.id)
            json.field("kind", entity.kind.rawValue)
            json.key("labels")
            json.stringMap(entity.labels)
            json.field("name", entity.name)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.newlineAtEnd()
        try sink(json.takeData())
    }

    /// Where to cut the edge list into at most `pieces` runs of about equal evidence (the bulk
    /// of the bytes): the start of each run and the end of the last. One run for small graphs.
    private static func pieceBounds(_ relations: [Relation], pieces: Int) -> [Int] {
        let total = relations.reduce(0) { $0 + 1 + $1.evidence.count }
        guard pieces > 1, total >= 8192 else { return [0, relations.count] }
        var bounds = [0]
        var sum = 0
        for (index, relation) in relations.enumerated() {
            sum += 1 + relation.evidence.count
            if sum * pieces >= total * bounds.count, index + 1 < relations.count, bounds.count < pieces {
                bounds.append(index + 1)
            }
        }
        bounds.append(relations.count)
        return bounds
    }

    /// Writes relations as the items of the `edges` array.
    private static func writeEdges(_ relations: ArraySlice<Relation>, into json: inout JSONWriter) {
        for relation in relations {
            json.beginObject()
            json.key("attrs")
            json.stringMap(relation.attributes)
            json.key("confidence")
            json.decimal(relation.confidence)
            json.key("evidence")
            json.beginArray()
            for evidence in relation.evidence {
                json.beginObject()
                json.field("document", evidence.document)
                json.field("end", evidence.end)
                if let rule = evidence.rule {
                    json.field("rule", rule)
                }
                json.field("sentence", evidence.sentence)
                json.field("start", evidence.start)
                json.endObject()
            }
            json.endArray()
            json.field("key", relation.type.rawValue)
            json.field("source", relation.source)
            json.field("target", relation.target)
            json.field("type", relation.type.rawValue)
            json.endObject()
        }
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
