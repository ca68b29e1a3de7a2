import Foundation

/// Spreadsheet tables: `nodes.csv` (id, name, kind, label_ar, label_en, aliases) and `edges.csv`
/// (source, type, target, attrs, confidence, evidence_count, first_evidence), RFC 4180 quoting.
public enum CSVTables {
    /// The two files' contents, by file name.
    public static func encode(_ graph: EntityGraph) -> [String: Data] {
        var nodes = [row(["id", "name", "kind", "label_ar", "label_en", "aliases"])]
        for entity in graph.entities {
            nodes.append(row([entity.id, entity.name, entity.kind.rawValue, entity.labels["ar"] ?? "", entity.labels["en"] ?? "",
                              entity.aliases.joined(separator: "|")]))
        }
        var edges = [row(["source", "type", "target", "attrs", "confidence", "evidence_count", "first_evidence"])]
        for relation in graph.relations {
            let attributes = relation.attributes.keys.sorted().map { "\($0)=\(relation.attributes[$0]!)" }.joined(separator: "; ")
            edges.append(row([relation.source, relation.type.rawValue, relation.target, attributes, String(relation.confidence),
                              String(relation.evidence.count), relation.evidence.first?.sentence ?? ""]))
        }
        return ["nodes.csv": Data(nodes.joined().utf8), "edges.csv": Data(edges.joined().utf8)]
    }

    /// One CSV line: fields with commas, quotes or line breaks are quoted, quotes doubled.
    static func row(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\r\n"
    }
}
