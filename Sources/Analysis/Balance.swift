import EntityGraph

/// Structural balance of the signed graph: cooperative relations (allied_with, cooperates_with,
/// supports, membership of an alliance and of the same alliance) are positive, and so are the ties of people to
/// what they serve (holds_role) and of bodies to what they belong to (part_of); hostile ones
/// (criticizes, threatens, attacks, sanctions) are negative. A triad of three signed ties is balanced when the
/// product of its signs is positive ("the enemy of my enemy is my friend").
public struct Balance: Sendable {
    /// A signed tie between two nodes, with the edges it comes from.
    public struct Tie: Sendable {
        /// The sign: +1 or -1.
        public let sign: Int
        /// Edge numbers behind it (empty for shared membership).
        public let edges: [Int]
    }

    /// A triad and whether it is balanced.
    public struct Triad: Sendable {
        /// The three nodes, in number order.
        public let nodes: [Int]
        /// Product of the three signs > 0.
        public let balanced: Bool
    }

    /// Relation types counted as positive.
    public static let positive: Set<RelationType> = [.alliedWith, .cooperatesWith, .supports, .holdsRole, .partOf, .memberOf]
    /// Relation types counted as negative.
    public static let negative: Set<RelationType> = [.criticizes, .threatens, .attacks, .sanctions]

    /// Signed ties by node pair (smaller node first).
    public let ties: [Pair: Tie]
    /// Every triad with three signed ties.
    public let triads: [Triad]
    /// Two camps (node → 0 or 1) that agree with the most ties: positive inside, negative across.
    public let camps: [Int: Int]
    /// Number of ties the camps disagree with.
    public let frustration: Int

    /// A pair of nodes, smaller first.
    public struct Pair: Hashable, Sendable {
        /// Smaller node.
        public let a: Int
        /// Larger node.
        public let b: Int
        /// The pair of two nodes, in either order.
        public init(_ x: Int, _ y: Int) { (a, b) = (min(x, y), max(x, y)) }
    }

    /// Share of triads that are balanced (1 when there are none).
    public var balancedShare: Double {
        triads.isEmpty ? 1 : Double(triads.filter(\.balanced).count) / Double(triads.count)
    }

    /// Computes the signed ties, the triads and the camps of an index. Ties whose positive and
    /// negative edges cancel out are dropped.
    public init(_ index: AdjacencyIndex) {
        var score: [Pair: (sum: Int, edges: [Int])] = [:]
        for edge in 0..<index.edgeCount {
            let type = index.types[Int(index.edgeTypes[edge])]
            let sign = Self.positive.contains(type) ? 1 : Self.negative.contains(type) ? -1 : 0
            let (a, b) = (Int(index.edgeSources[edge]), Int(index.edgeTargets[edge]))
            guard sign != 0, a != b else { continue }
            let pair = Pair(a, b)
            score[pair, default: (0, [])].sum += sign
            score[pair]!.edges.append(edge)
        }
        for bloc in Blocs.all(index) where bloc.members.count > 1 {
            for (position, first) in bloc.members.enumerated() {
                for second in bloc.members[(position + 1)...] { score[Pair(first, second), default: (0, [])].sum += 1 }
            }
        }
        var ties: [Pair: Tie] = [:]
        for (pair, value) in score where value.sum != 0 { ties[pair] = Tie(sign: value.sum > 0 ? 1 : -1, edges: value.edges) }
        self.ties = ties
        var adjacency: [Int: Set<Int>] = [:]
        for pair in ties.keys { adjacency[pair.a, default: []].insert(pair.b); adjacency[pair.b, default: []].insert(pair.a) }
        var triads: [Triad] = []
        for pair in ties.keys.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) {
            let common = adjacency[pair.a, default: []].intersection(adjacency[pair.b, default: []]).filter { $0 > pair.b }
            for third in common.sorted() {
                let product = ties[pair]!.sign * ties[Pair(pair.a, third)]!.sign * ties[Pair(pair.b, third)]!.sign
                triads.append(Triad(nodes: [pair.a, pair.b, third], balanced: product > 0))
            }
        }
        self.triads = triads
        (camps, frustration) = Self.bestCamps(ties, adjacency)
    }

    /// Two camps by local search: start from a breadth-first two-colouring that follows the
    /// signs, then move single nodes while that lowers the number of disagreeing ties.
    private static func bestCamps(_ ties: [Pair: Tie], _ adjacency: [Int: Set<Int>]) -> ([Int: Int], Int) {
        var camp: [Int: Int] = [:]
        for start in adjacency.keys.sorted() where camp[start] == nil {
            camp[start] = 0
            var queue = [start]
            var head = 0
            while head < queue.count {
                let node = queue[head]; head += 1
                for other in adjacency[node]!.sorted() where camp[other] == nil {
                    camp[other] = ties[Pair(node, other)]!.sign > 0 ? camp[node]! : 1 - camp[node]!
                    queue.append(other)
                }
            }
        }
        func disagreements(_ node: Int, as side: Int) -> Int {
            adjacency[node]!.filter { other in
                let same = camp[other]! == side
                return ties[Pair(node, other)]!.sign > 0 ? !same : same
            }.count
        }
        var changed = true
        while changed {
            changed = false
            for node in adjacency.keys.sorted() where disagreements(node, as: 1 - camp[node]!) < disagreements(node, as: camp[node]!) {
                camp[node] = 1 - camp[node]!
                changed = true
            }
        }
        let frustration = ties.filter { pair, tie in (camp[pair.a] == camp[pair.b]) != (tie.sign > 0) }.count
        return (camp, frustration)
    }
}
