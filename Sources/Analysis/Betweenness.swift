/// Betweenness centrality (Brandes), following edges both ways.
public enum Betweenness {
    /// Betweenness of every node. Exact (every node as a source) when `samples` is nil or at
    /// least the node count; otherwise from `samples` sources chosen evenly over the node
    /// numbers, scaled up by nodes/samples (the error shrinks as 1/√samples). O(S·(V + E)).
    public static func scores(_ index: AdjacencyIndex, samples: Int? = nil) -> (scores: [Double], exact: Bool) {
        let count = index.nodeCount
        var scores = [Double](repeating: 0, count: count)
        guard count > 2 else { return (scores, true) }
        let sampleCount = min(samples ?? count, count)
        let step = Double(count) / Double(sampleCount)
        let sources = (0..<sampleCount).map { Int(Double($0) * step) }
        var sigma = [Double](repeating: 0, count: count)
        var distance = [Int32](repeating: -1, count: count)
        var delta = [Double](repeating: 0, count: count)
        var order: [Int32] = []
        var predecessors = [[Int32]](repeating: [], count: count)
        for source in sources {
            for node in order.map(Int.init) {
                sigma[node] = 0; distance[node] = -1; delta[node] = 0; predecessors[node].removeAll(keepingCapacity: true)
            }
            order.removeAll(keepingCapacity: true)
            sigma[source] = 1; distance[source] = 0
            order.append(Int32(source))
            var head = 0
            while head < order.count {
                let node = Int(order[head]); head += 1
                for slot in index.edges(of: node, .both) {
                    let next = Int(slot.neighbour)
                    if next == node { continue }
                    if distance[next] < 0 {
                        distance[next] = distance[node] + 1
                        order.append(Int32(next))
                    }
                    if distance[next] == distance[node] + 1 {
                        sigma[next] += sigma[node]
                        predecessors[next].append(Int32(node))
                    }
                }
            }
            for node in order.reversed().map(Int.init) {
                for predecessor in predecessors[node].map(Int.init) {
                    delta[predecessor] += sigma[predecessor] / sigma[node] * (1 + delta[node])
                }
                if node != source { scores[node] += delta[node] }
            }
        }
        let scale = (Double(count) / Double(sampleCount)) / 2
        return (scores.map { $0 * scale }, sampleCount == count)
    }
}
