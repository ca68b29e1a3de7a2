/// Connected components.
public enum Components {
    /// The weakly connected component of every node, numbered from 0 in order of each
    /// component's smallest node. Union-find over the edges, O(E α(V)).
    public static func weak(_ index: AdjacencyIndex) -> (component: [Int32], count: Int) {
        var parent = Array(Int32(0)..<Int32(index.nodeCount))
        func find(_ node: Int32) -> Int32 {
            var root = node
            while parent[Int(root)] != root { root = parent[Int(root)] }
            var current = node
            while parent[Int(current)] != root {
                let up = parent[Int(current)]
                parent[Int(current)] = root
                current = up
            }
            return root
        }
        for edge in 0..<index.edgeCount {
            let a = find(index.edgeSources[edge]), b = find(index.edgeTargets[edge])
            if a != b { parent[Int(max(a, b))] = min(a, b) }
        }
        var numbers = [Int32](repeating: -1, count: index.nodeCount)
        var component = [Int32](repeating: 0, count: index.nodeCount)
        var count: Int32 = 0
        for node in 0..<index.nodeCount {
            let root = Int(find(Int32(node)))
            if numbers[root] < 0 {
                numbers[root] = count
                count += 1
            }
            component[node] = numbers[root]
        }
        return (component, Int(count))
    }

    /// The number of strongly connected components (edges as written; mirrors of symmetric
    /// edges count too, as they can be followed). Iterative Tarjan, O(V + E).
    public static func strongCount(_ index: AdjacencyIndex) -> Int {
        let count = index.nodeCount
        var order = [Int32](repeating: -1, count: count)
        var low = [Int32](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int32] = []
        var counter: Int32 = 0
        var components = 0
        let rows = index.outRows
        var frames: [(node: Int32, position: Int32)] = []
        for root in 0..<count where order[root] < 0 {
            frames.append((Int32(root), rows.offsets[root]))
            order[root] = counter; low[root] = counter; counter += 1
            stack.append(Int32(root)); onStack[root] = true
            while let frame = frames.last {
                let node = Int(frame.node)
                let end = rows.offsets[node + 1]
                if frame.position < end {
                    frames[frames.count - 1].position += 1
                    let next = Int(rows.slots[Int(frame.position)].neighbour)
                    if order[next] < 0 {
                        order[next] = counter; low[next] = counter; counter += 1
                        stack.append(Int32(next)); onStack[next] = true
                        frames.append((Int32(next), rows.offsets[next]))
                    } else if onStack[next] {
                        low[node] = min(low[node], order[next])
                    }
                } else {
                    frames.removeLast()
                    if let parent = frames.last { low[Int(parent.node)] = min(low[Int(parent.node)], low[node]) }
                    if low[node] == order[node] {
                        components += 1
                        while let top = stack.popLast() {
                            onStack[Int(top)] = false
                            if Int(top) == node { break }
                        }
                    }
                }
            }
        }
        return components
    }
}
