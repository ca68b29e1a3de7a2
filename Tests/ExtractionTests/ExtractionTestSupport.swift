import EntityGraph
@testable import Extraction

/// One extractor over the bundled lexicon, shared by the extraction tests.
let sharedExtractor = try! Extractor()

/// The relations extracted from `text`, as "source type target" strings.
func edges(_ text: String, date: String? = nil) -> Set<String> {
    let graph = sharedExtractor.extract(text: text, document: "t.txt", date: date)
    return Set(graph.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
}

/// The role attribute of the holds_role edge from `person` to `office`.
func role(_ graph: EntityGraph, _ person: String, _ office: String) -> String? {
    graph.relation(source: person, type: .holdsRole, target: office)?.attributes["role"]
}

/// The attribute `name` of the edge "source type target" extracted from `text`; nil when the edge
/// or the attribute is missing.
func attribute(_ name: String, of edge: String, in text: String, date: String? = nil) -> String? {
    let parts = edge.split(separator: " ").map(String.init)
    let graph = sharedExtractor.extract(text: text, document: "t.txt", date: date)
    return graph.relation(source: parts[0], type: RelationType(parts[1]), target: parts[2])?.attributes[name]
}

/// The offices held with `role` in the graph extracted from `text` (holds_role targets, in order).
func offices(ofRole role: String, in text: String, date: String? = nil) -> [String] {
    sharedExtractor.extract(text: text, document: "t.txt", date: date).relations
        .filter { $0.type == .holdsRole && $0.attributes["role"] == role }.map(\.target)
}

/// The entities extracted from `text` dated 2025-11-01, each as "id kind", in id order.
func entityKinds(in text: String) -> [String] {
    sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-01").entities.map { "\($0.id) \($0.kind.rawValue)" }
}

/// The ids of the people extracted from `text`, in id order.
func personIDs(in text: String) -> [String] {
    sharedExtractor.extract(text: text, document: "t.txt").entities.filter { $0.kind == .person }.map(\.id)
}
