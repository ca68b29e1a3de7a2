import EntityGraph

/// The content words of names, which the patterns compare without their articles.
extension Lexicon {
    /// The words of a name or noun phrase, folded, each without the Arabic or English article.
    public static func nameWords(_ name: String) -> [String] {
        NameFolding.fold(name).split(separator: " ").compactMap { word in
            guard word != "the" else { return nil }
            return word.hasPrefix("ال") && word.count > 3 ? String(word.dropFirst(2)) : String(word)
        }
    }
}
