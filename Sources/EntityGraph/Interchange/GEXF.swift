import Foundation

/// GEXF 1.3 for Gephi: typed attributes for nodes (kind, Arabic label) and edges (type,
/// confidence, evidence count), a colour per kind, symmetric edges undirected.
public enum GEXF {
    private static let colours: [EntityKind: (Int, Int, Int)] = [
        .person: (253, 226, 200), .state: (214, 230, 247), .alliance: (227, 215, 242),
        .organization: (223, 240, 216), .place: (244, 241, 198), .unknown: (238, 238, 238),
    ]

    /// The GEXF text of a graph, identical for equal graphs.
    public static func encode(_ graph: EntityGraph) -> Data {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                     "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">",
                     "  <meta><creator>ergraph</creator></meta>",
                     "  <graph mode=\"static\" defaultedgetype=\"directed\">",
                     "    <attributes class=\"node\">",
                     "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>",
                     "      <attribute id=\"label_ar\" title=\"label_ar\" type=\"string\"/>",
                     "    </attributes>",
                     "    <attributes class=\"edge\">",
                     "      <attribute id=\"type\" title=\"type\" type=\"string\"/>",
                     "      <attribute id=\"confidence\" title=\"confidence\" type=\"double\"/>",
                     "      <attribute id=\"evidence_count\" title=\"evidence_count\" type=\"integer\"/>",
                     "    </attributes>",
                     "    <nodes>"]
        for entity in graph.entities {
            let (r, g, b) = colours[entity.kind]!
            lines.append("      <node id=\"\(XMLText.escape(entity.id))\" label=\"\(XMLText.escape(entity.name))\">")
            lines.append("        <attvalues><attvalue for=\"kind\" value=\"\(entity.kind.rawValue)\"/>"
                         + "<attvalue for=\"label_ar\" value=\"\(XMLText.escape(entity.labels["ar"] ?? ""))\"/></attvalues>")
            lines.append("        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>")
            lines.append("      </node>")
        }
        lines += ["    </nodes>", "    <edges>"]
        for (number, relation) in graph.relations.enumerated() {
            let kind = graph.vocabulary.isSymmetric(relation.type) ? " type=\"undirected\"" : ""
            lines.append("      <edge id=\"\(number)\" source=\"\(XMLText.escape(relation.source))\" target=\"\(XMLText.escape(relation.target))\""
                         + "\(kind) label=\"\(XMLText.escape(relation.type.rawValue))\" weight=\"\(relation.evidence.count)\">")
            lines.append("        <attvalues><attvalue for=\"type\" value=\"\(XMLText.escape(relation.type.rawValue))\"/>"
                         + "<attvalue for=\"confidence\" value=\"\(relation.confidence)\"/>"
                         + "<attvalue for=\"evidence_count\" value=\"\(relation.evidence.count)\"/></attvalues>")
            lines.append("      </edge>")
        }
        lines += ["    </edges>", "  </graph>", "</gexf>"]
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}
