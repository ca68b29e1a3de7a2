import Foundation

/// A Neo4j Cypher script: one `MERGE` per entity (label `Entity` plus its kind) and per relation
/// (one relationship type each, upper-cased), string values escaped so that any name is safe.
public enum Cypher {
    /// The script for a graph, identical for equal graphs.
    public static func encode(_ graph: EntityGraph) -> Data {
        var lines = ["// ergraph: \(graph.entityCount) entities, \(graph.relationCount) relations",
                     "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;"]
        for entity in graph.entities {
            let label = entity.kind.rawValue.prefix(1).uppercased() + entity.kind.rawValue.dropFirst()
            lines.append("MERGE (n:Entity {id: \(literal(entity.id))}) SET n:\(label), n.name = \(literal(entity.name)), "
                         + "n.kind = \(literal(entity.kind.rawValue)), n.label_ar = \(literal(entity.labels["ar"] ?? "")), "
                         + "n.aliases = [\(entity.aliases.map(literal).joined(separator: ", "))];")
        }
        for relation in graph.relations {
            let type = relation.type.rawValue.uppercased().filter { $0.isLetter || $0.isNumber || $0 == "_" }
            lines.append("MATCH (a:Entity {id: \(literal(relation.source))}), (b:Entity {id: \(literal(relation.target))}) "
                         + "MERGE (a)-[r:\(type.isEmpty ? "RELATED_TO" : type)]->(b) SET r.confidence = \(relation.confidence), "
                         + "r.evidence_count = \(relation.evidence.count), "
                         + "r.evidence = [\(relation.evidence.map { literal($0.sentence) }.joined(separator: ", "))]"
                         + relation.attributes.keys.sorted().map { ", r.\(safeKey($0)) = \(literal(relation.attributes[$0]!))" }.joined()
                         + ";")
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// A single-quoted Cypher string literal with backslash escapes.
    static func literal(_ text: String) -> String {
        "'" + TextEscaping.escape(text, ["\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\r\n": "\\r\\n", "\t": "\\t"]) + "'"
    }

    private static func safeKey(_ key: String) -> String {
        let cleaned = key.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        return cleaned.isEmpty ? "attribute" : cleaned
    }
}
