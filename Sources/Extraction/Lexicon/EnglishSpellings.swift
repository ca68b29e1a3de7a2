import Foundation

/// The British and American spellings of an organisation's English name: "Shanghai Cooperation
/// Organisation" is matched as "... Organization" too, and the reverse.
enum EnglishSpellings {
    /// The pairs of spellings, British first.
    private static let pairs = [("isation", "ization"), ("Defence", "Defense")]

    /// The other spellings of `name` (none when it has no such word).
    static func others(of name: String) -> [String] {
        pairs.flatMap { british, american -> [String] in
            if name.contains(british) { return [name.replacingOccurrences(of: british, with: american)] }
            if name.contains(american) { return [name.replacingOccurrences(of: american, with: british)] }
            return []
        }
    }
}
