import Foundation

/// Reads and writes TSV edge lists: one `source<TAB>type<TAB>target` per line. Blank lines and
/// lines starting with `#` are skipped; nodes are created from the ids with kind `unknown`.
public enum EdgeListTSV {
    /// Parses an edge list; `file` names the source in error messages. Throws
    /// `GraphError.malformed` with the line number of the first bad line.
    public static func decode(_ text: String, file: String = "<tsv>",
                              vocabulary: RelationVocabulary = .core) throws -> EntityGraph {
        var graph = EntityGraph(vocabulary: vocabulary)
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            if trimmed.trimmingCharacters(in: .whitespaces).isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty }) else {
                throw GraphError.malformed(file: file, location: "line \(lineNumber)",
                                           problem: "expected source<TAB>type<TAB>target, found \(fields.count) field(s)")
            }
            for id in [fields[0], fields[2]] where !graph.contains(id: id) {
                graph.add(Entity(id: id, name: id, kind: .unknown))
            }
            try graph.add(Relation(source: fields[0], type: RelationType(fields[1]), target: fields[2]))
        }
        return graph
    }

    /// Writes the graph's relations as an edge list, sorted, one per line.
    public static func encode(_ graph: EntityGraph) -> String {
        graph.relations.map { "\($0.source)\t\($0.type.rawValue)\t\($0.target)\n" }.joined()
    }
}
