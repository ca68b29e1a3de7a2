/// Failures to load the lexicon.
public enum LexiconError: Error, CustomStringConvertible {
    /// A resource is missing.
    case missing(String)
    /// A file could not be decoded.
    case invalid(file: String, reason: String)

    /// The one-line message.
    public var description: String {
        switch self {
        case .missing(let what): return "lexicon: \(what) not found"
        case .invalid(let file, let reason): return "lexicon: \(file) is invalid: \(reason)"
        }
    }

    /// A short account of a decoding error: where, and what was wrong.
    static func describe(_ error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .dataCorrupted(let found): context = found
        case .keyNotFound(let key, let found): return "missing field \"\(key.stringValue)\" at \(path(found.codingPath))"
        case .typeMismatch(_, let found): context = found
        case .valueNotFound(_, let found): context = found
        @unknown default: return "not a lexicon file"
        }
        return context.codingPath.isEmpty ? "not valid JSON" : "wrong value at \(path(context.codingPath))"
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
