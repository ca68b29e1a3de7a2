import Foundation

/// The test-side scorer of an extracted node-link graph against gold annotations, with the
/// matching rules of the project's schema: a node matches a gold entity when any of its names
/// (normalised) equals a gold alias; a relation matches on (subject, type, object), either order
/// for symmetric types; optional gold items are neither required nor penalised.
public struct GoldScorer {
    /// One graph's score against one gold: F1 figures and the items behind the misses.
    public struct Score {
        /// Entity F1 over the required gold entities.
        public var entityF1: Double
        /// Relation F1 over the required gold relations of the core types.
        public var relationF1: Double
        /// Required gold relations not in the graph, as "type subject object".
        public var missingRelations: [String]
        /// Graph relations of a core type that the gold neither requires nor allows.
        public var spuriousRelations: [String]
        /// Ids of required gold entities no node matched.
        public var missingEntities: [String]
        /// Names of nodes that matched no gold entity.
        public var spuriousEntities: [String]
    }

    /// The relation types that are scored; others are ignored.
    public static let core: Set<String> = ["member_of", "part_of", "borders", "allied_with", "holds_role", "capital_of", "located_in",
                                    "met_with", "requests", "cooperates_with", "supports", "deploys_to", "criticizes",
                                    "threatens", "attacks", "sanctions"]
    /// The relation types scored in either direction.
    public static let symmetric: Set<String> = ["borders", "allied_with", "met_with", "cooperates_with"]

    /// A name folded for matching: Arabic diacritics and letter variants, case, a leading "the ",
    /// quotes and punctuation, runs of spaces.
    public static func normalise(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.value {
            case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640: continue
            case 0x0622, 0x0623, 0x0625, 0x0671: scalars.append("\u{0627}")
            case 0x0649: scalars.append("\u{064A}")
            case 0x0629: scalars.append("\u{0647}")
            default: scalars.append(scalar)
            }
        }
        var result = String(scalars).lowercased().trimmingCharacters(in: .whitespaces)
        if result.hasPrefix("the ") { result.removeFirst(4) }
        result.removeAll { "\"'’`.,()".contains($0) }
        return result.split(separator: " ").joined(separator: " ")
    }

    /// The score of a node-link `graph` (as parsed JSON) against one `gold` annotation.
    public static func score(graph: [String: Any], gold: [String: Any]) -> Score {
        let goldEntities = gold["entities"] as! [[String: Any]]
        var aliasToGold: [String: String] = [:]
        var optionalEntity: [String: Bool] = [:]
        for entity in goldEntities {
            let id = entity["id"] as! String
            optionalEntity[id] = entity["optional"] as? Bool ?? false
            for alias in (entity["aliases"] as! [String]) + [entity["name"] as! String] { aliasToGold[normalise(alias)] = id }
        }
        let nodes = graph["nodes"] as! [[String: Any]]
        var nodeToGold: [String: String] = [:]
        var spuriousEntities: [String] = []
        for node in nodes {
            var names = [node["name"] as? String ?? "", node["id"] as! String] + (node["aliases"] as? [String] ?? [])
            names += (node["labels"] as? [String: String] ?? [:]).values
            if let match = names.lazy.map(normalise).compactMap({ aliasToGold[$0] }).first {
                nodeToGold[node["id"] as! String] = match
            } else {
                spuriousEntities.append(node["name"] as? String ?? "")
            }
        }
        let found = Set(nodeToGold.values)
        let requiredEntities = Set(optionalEntity.filter { !$0.value }.keys)
        let entityTP = requiredEntities.intersection(found).count
        let missingEntities = requiredEntities.subtracting(found).sorted()
        func key(_ s: String, _ t: String, _ o: String) -> String {
            symmetric.contains(t) ? "\(t) \(min(s, o)) \(max(s, o))" : "\(t) \(s) \(o)"
        }
        var required: Set<String> = [], optional: Set<String> = []
        for relation in gold["relations"] as! [[String: Any]] {
            let k = key(relation["s"] as! String, relation["type"] as! String, relation["o"] as! String)
            if relation["optional"] as? Bool ?? false { optional.insert(k) } else { required.insert(k) }
        }
        optional.subtract(required)
        var output: Set<String> = []
        for edge in graph["edges"] as! [[String: Any]] {
            let type = edge["type"] as! String
            guard core.contains(type) else { continue }
            let source = nodeToGold[edge["source"] as! String] ?? "?\(edge["source"]!)"
            let target = nodeToGold[edge["target"] as! String] ?? "?\(edge["target"]!)"
            output.insert(key(source, type, target))
        }
        let relationTP = output.intersection(required).count
        let spurious = output.subtracting(required).subtracting(optional)
        let missing = required.subtracting(output)
        return Score(entityF1: f1(entityTP, spuriousEntities.count, missingEntities.count),
                     relationF1: f1(relationTP, spurious.count, missing.count),
                     missingRelations: missing.sorted(), spuriousRelations: spurious.sorted(),
                     missingEntities: missingEntities, spuriousEntities: spuriousEntities.sorted())
    }

    /// F1 from true positives, false positives and false negatives; 0 when undefined.
    public static func f1(_ tp: Int, _ fp: Int, _ fn: Int) -> Double {
        let precision = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
        let recall = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}
