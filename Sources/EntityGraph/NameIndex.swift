/// Finds entities by id, English name, any alias or any label, after `NameFolding.lookupKey`
/// (so Arabic spelling variants and letter case do not matter). Build once, query many times.
public struct NameIndex: Sendable {
    private var idsByKey: [String: [String]] = [:]
    private let graph: EntityGraph

    /// Indexes every name of every entity of `graph`.
    public init(_ graph: EntityGraph) {
        self.graph = graph
        for entity in graph.entities {
            let names = [entity.id, entity.name] + entity.aliases + entity.labels.values.sorted()
            for key in Set(names.map(NameFolding.lookupKey)) where !key.isEmpty {
                idsByKey[key, default: []].append(entity.id)
            }
        }
    }

    /// The entity named `name`; an exact id wins over other names, then the first id in order.
    public func entity(named name: String) -> Entity? {
        if let exact = graph.entity(id: name) { return exact }
        let key = NameFolding.lookupKey(name)
        if let id = idsByKey[key]?.first { return graph.entity(id: id) }
        let slug = key.replacingOccurrences(of: " ", with: "_")
        return graph.entity(id: slug)
    }

    /// Up to `limit` entity names closest to `name` (edit distance on lookup keys, then
    /// substring matches), for "did you mean" messages.
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        let key = NameFolding.lookupKey(name)
        var best: [String: Int] = [:]
        for (candidate, ids) in idsByKey {
            var distance = EditDistance.between(key, candidate)
            if !key.isEmpty && (candidate.contains(key) || key.contains(candidate)) {
                distance = min(distance, 1)
            }
            let allowed = max(2, key.count / 3)
            guard distance <= allowed else { continue }
            for id in ids {
                guard let entity = graph.entity(id: id) else { continue }
                best[entity.name] = min(best[entity.name] ?? .max, distance)
            }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map(\.key)
    }
}
