import EntityGraph

/// Which alliance cluster each entity is drawn inside, and how clusters nest.
///
/// The rule: an alliance with members (`member_of` from a state, organisation or person) or
/// with sub-blocs (`part_of` from another alliance) is a cluster, drawn around its own node. A
/// cluster sits inside the cluster of the bloc it is `part_of` (NATO ⊃ NATO eastern flank); when
/// it is part of several, the smallest. Graphviz clusters cannot overlap, so every other entity
/// sits in one cluster only: the smallest bloc it is a member of (fewest members, then id);
/// its other memberships stay drawn as edges.
public struct ClusterPlan: Sendable {
    /// Cluster alliance id → ids of the entities drawn directly in it (not in sub-clusters), sorted.
    public let members: [String: [String]]
    /// Cluster alliance id → ids of the clusters nested directly in it, sorted.
    public let children: [String: [String]]
    /// Clusters not nested in another, sorted.
    public let roots: [String]

    /// Plans the clusters of `graph`.
    public init(_ graph: EntityGraph) {
        let isAlliance: (String) -> Bool = { graph.entity(id: $0)?.kind == .alliance }
        var memberships: [String: Set<String>] = [:]
        var subBlocs: [String: Set<String>] = [:]
        for relation in graph.relations where isAlliance(relation.target) {
            if relation.type == .memberOf && !isAlliance(relation.source) {
                memberships[relation.target, default: []].insert(relation.source)
            } else if (relation.type == .partOf || relation.type == .memberOf) && isAlliance(relation.source) {
                subBlocs[relation.target, default: []].insert(relation.source)
            }
        }
        let clusters = Set(memberships.keys).union(subBlocs.keys)
        let size: (String) -> Int = { memberships[$0]?.count ?? 0 }
        let smallest: ([String]) -> String? = { candidates in
            candidates.min { (size($0), $0) < (size($1), $1) }
        }
        var parent: [String: String] = [:]
        for cluster in clusters.sorted() {
            let parents = subBlocs.filter { $0.value.contains(cluster) && $0.key != cluster }.map(\.key)
            if let chosen = smallest(parents.sorted()) { parent[cluster] = chosen }
        }
        for cluster in clusters.sorted() {
            var seen: Set<String> = [cluster]
            var current = cluster
            while let up = parent[current] {
                if !seen.insert(up).inserted { parent[cluster] = nil; break }
                current = up
            }
        }
        var placed: [String: String] = [:]
        for cluster in clusters { placed[cluster] = cluster }
        for (bloc, subs) in subBlocs {
            for sub in subs where !clusters.contains(sub) && placed[sub] == nil { placed[sub] = bloc }
        }
        var entityBlocs: [String: [String]] = [:]
        for (bloc, entities) in memberships { for entity in entities { entityBlocs[entity, default: []].append(bloc) } }
        for (entity, blocs) in entityBlocs where placed[entity] == nil {
            placed[entity] = smallest(blocs.sorted())
        }
        var grouped: [String: [String]] = [:]
        for (entity, cluster) in placed { grouped[cluster, default: []].append(entity) }
        members = grouped.mapValues { $0.sorted() }
        var nested: [String: [String]] = [:]
        for (child, up) in parent { nested[up, default: []].append(child) }
        children = nested.mapValues { $0.sorted() }
        roots = clusters.filter { parent[$0] == nil }.sorted()
    }

    /// The cluster that holds `id` directly, if any.
    public func cluster(of id: String) -> String? {
        members.first { $0.value.contains(id) }?.key
    }
}
