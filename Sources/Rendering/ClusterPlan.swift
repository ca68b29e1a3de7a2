import EntityGraph

/// Which alliance cluster each entity is drawn inside. An entity may sit in one cluster only
/// (Graphviz keeps the first, fdp fails otherwise), so every entity gets one primary cluster:
/// an alliance is placed in its own cluster; a member goes to the alliance it belongs to that has
/// the fewest members (the most specific bloc), ties broken by id. Other memberships stay edges.
public struct ClusterPlan: Sendable {
    /// Alliance id → ids of the entities drawn in its cluster, sorted; only alliances with members.
    public let members: [String: [String]]

    /// Plans the clusters of `graph` from its `member_of` relations into alliances.
    public init(_ graph: EntityGraph) {
        var candidates: [String: [String]] = [:]
        for relation in graph.relations where relation.type == .memberOf {
            guard graph.entity(id: relation.target)?.kind == .alliance,
                  graph.entity(id: relation.source)?.kind != .alliance else { continue }
            candidates[relation.target, default: []].append(relation.source)
        }
        var primary: [String: String] = [:]
        for alliance in candidates.keys { primary[alliance] = alliance }
        let bySize = candidates.sorted { ($0.value.count, $0.key) < ($1.value.count, $1.key) }
        for (alliance, memberIds) in bySize {
            for member in memberIds where primary[member] == nil { primary[member] = alliance }
        }
        var grouped: [String: [String]] = [:]
        for (entity, alliance) in primary { grouped[alliance, default: []].append(entity) }
        members = grouped.mapValues { $0.sorted() }
    }

    /// The alliance whose cluster holds `id`, if any.
    public func cluster(of id: String) -> String? {
        members.first { $0.value.contains(id) }?.key
    }
}
