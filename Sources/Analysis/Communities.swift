/// Communities by the Louvain method on the undirected view of the graph (parallel edges and
/// the two directions add up as weights).
public enum Communities {
    /// The community of every node, numbered from 0 by smallest member, and the modularity of
    /// the partition. Nodes are visited in number order, so the result is deterministic.
    /// About O(E) per pass, a few passes per level.
    public static func louvain(_ index: AdjacencyIndex) -> (community: [Int], count: Int, modularity: Double) {
        let count = index.nodeCount
        guard count > 0 else { return ([], 0, 0) }
        var neighbours = [[Int: Double]](repeating: [:], count: count)
        for edge in 0..<index.edgeCount {
            let (a, b) = (Int(index.edgeSources[edge]), Int(index.edgeTargets[edge]))
            neighbours[a][b, default: 0] += 1
            neighbours[b][a, default: 0] += 1
        }
        var membership = Array(0..<count)
        var level = neighbours
        while true {
            let (assignment, moved) = onePhase(level)
            for node in 0..<count { membership[node] = assignment[membership[node]] }
            let groups = assignment.max()! + 1
            guard moved, groups < level.count else { break }
            var aggregated = [[Int: Double]](repeating: [:], count: groups)
            for (node, edges) in level.enumerated() {
                for (other, weight) in edges { aggregated[assignment[node]][assignment[other], default: 0] += weight }
            }
            level = aggregated
        }
        let community = dense(membership)
        return (community, (community.max() ?? -1) + 1, modularity(neighbours, community))
    }

    /// One local-moving phase: returns the community of each node (numbered densely) and
    /// whether any node moved.
    private static func onePhase(_ graph: [[Int: Double]]) -> ([Int], Bool) {
        let count = graph.count
        let degree = graph.map { $0.values.reduce(0, +) }
        let total = degree.reduce(0, +)
        guard total > 0 else { return (Array(0..<count), false) }
        var community = Array(0..<count)
        var communityDegree = degree
        var moved = false
        var improved = true
        var passes = 0
        while improved && passes < 20 {
            improved = false
            passes += 1
            for node in 0..<count {
                let current = community[node]
                var links: [Int: Double] = [:]
                for (other, weight) in graph[node] where other != node { links[community[other], default: 0] += weight }
                communityDegree[current] -= degree[node]
                var best = current
                var bestGain = (links[current] ?? 0) - communityDegree[current] * degree[node] / total
                for (candidate, weight) in links.sorted(by: { $0.key < $1.key }) {
                    let gain = weight - communityDegree[candidate] * degree[node] / total
                    if gain > bestGain + 1e-12 { best = candidate; bestGain = gain }
                }
                communityDegree[best] += degree[node]
                if best != current {
                    community[node] = best
                    improved = true
                    moved = true
                }
            }
        }
        return (dense(community), moved)
    }

    /// Group numbers renumbered 0, 1, 2, ... in order of first appearance.
    private static func dense(_ groups: [Int]) -> [Int] {
        var renumber: [Int: Int] = [:]
        return groups.map { group in
            if let known = renumber[group] { return known }
            renumber[group] = renumber.count
            return renumber.count - 1
        }
    }

    /// Newman's modularity of a partition of the undirected weighted graph.
    static func modularity(_ graph: [[Int: Double]], _ community: [Int]) -> Double {
        let degree = graph.map { $0.values.reduce(0, +) }
        let total = degree.reduce(0, +)
        guard total > 0 else { return 0 }
        var inside = [Double](repeating: 0, count: (community.max() ?? 0) + 1)
        var degrees = inside
        for (node, edges) in graph.enumerated() {
            degrees[community[node]] += degree[node]
            for (other, weight) in edges where community[other] == community[node] { inside[community[node]] += weight }
        }
        return zip(inside, degrees).reduce(0) { $0 + $1.0 / total - ($1.1 / total) * ($1.1 / total) }
    }
}
