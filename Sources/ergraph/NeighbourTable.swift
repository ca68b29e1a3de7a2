import Analysis
import EntityGraph

/// The text report of `neighbours`: one table per hop with entity, kind, relation, direction,
/// via; rows ordered by relation type, then entity name.
enum NeighbourTable {
    static func text(center: Int, hits: [NeighbourHit], index: AdjacencyIndex, depth: Int) -> String {
        let name: (String) -> String = { index.node($0).map { index.names[$0] } ?? $0 }
        var out = "\(index.names[center]) (\(index.kinds[center].rawValue), id \(index.id(center))): \(hits.count) "
            + "entit\(hits.count == 1 ? "y" : "ies") within \(depth) hop\(depth == 1 ? "" : "s")\n"
        for hop in 1...max(1, depth) {
            let rows = hits.filter { $0.hop == hop }
                .sorted { ($0.type.rawValue, name($0.id)) < ($1.type.rawValue, name($1.id)) }
            guard !rows.isEmpty else { continue }
            out += "\nhop \(hop)\n"
            let table = [["entity", "kind", "relation", "direction", "via"]] + rows.map {
                [name($0.id), $0.kind.rawValue, $0.type.rawValue, $0.direction.rawValue, name($0.via)]
            }
            let widths = (0..<5).map { column in table.map { $0[column].count }.max() ?? 0 }
            for row in table {
                let cells = row.enumerated().map { column, cell in
                    column == 4 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
                }
                out += "  " + cells.joined(separator: "  ") + "\n"
            }
        }
        return out
    }
}
