import EntityGraph

/// Alliances and their members: who belongs to which bloc, and which members of a bloc border
/// or act on a given entity.
public enum Blocs {
    /// A bloc: the alliance and its members (those with `member_of` to it, and blocs `part_of` it).
    public struct Bloc: Sendable {
        /// The alliance's node.
        public let alliance: Int
        /// Member nodes, in number order.
        public let members: [Int]
    }

    /// How a member of a bloc is tied to the entity asked about.
    public struct Tie: Sendable {
        /// The member's node.
        public let member: Int
        /// The relation type.
        public let type: RelationType
        /// Whether the member is the relation's source.
        public let outgoing: Bool
    }

    /// Every alliance with at least one member, in node order.
    public static func all(_ index: AdjacencyIndex) -> [Bloc] {
        let memberOf = index.typeNumber(.memberOf), partOf = index.typeNumber(.partOf)
        var members: [Int: Set<Int>] = [:]
        for edge in 0..<index.edgeCount {
            let type = Int(index.edgeTypes[edge])
            guard type == memberOf || type == partOf else { continue }
            let target = Int(index.edgeTargets[edge])
            guard index.kinds[target] == .alliance || index.kinds[target] == .unknown else { continue }
            members[target, default: []].insert(Int(index.edgeSources[edge]))
        }
        return members.keys.sorted().map { Bloc(alliance: $0, members: members[$0]!.sorted()) }
    }

    /// The members of `bloc` that border or act on `target` (any relation, either way), with
    /// each tie, in member order.
    public static func ties(of bloc: Bloc, to target: Int, in index: AdjacencyIndex) -> [Tie] {
        var ties: [Tie] = []
        for member in bloc.members where member != target {
            for slot in index.edges(of: member, .outgoing) where Int(slot.neighbour) == target && !slot.mirrored {
                ties.append(Tie(member: member, type: index.types[Int(slot.type)], outgoing: true))
            }
            for slot in index.edges(of: member, .incoming) where Int(slot.neighbour) == target && !slot.mirrored {
                ties.append(Tie(member: member, type: index.types[Int(slot.type)], outgoing: false))
            }
        }
        return ties
    }
}
