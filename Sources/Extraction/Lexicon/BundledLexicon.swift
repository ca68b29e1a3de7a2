import Foundation

extension Lexicon {
    /// Loads the lexicon shipped with the library.
    public static func bundled(adding extensions: [URL] = []) throws -> Lexicon {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: nil) else {
            throw LexiconError.missing("lexicon resources")
        }
        return try Lexicon(directory: url, adding: extensions)
    }
}
