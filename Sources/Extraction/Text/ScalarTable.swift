import EntityGraph

/// What the tokenizer needs to know of every code point below U+0800 (ASCII, Latin, Greek,
/// Cyrillic, Hebrew, Arabic), computed once from `Tokenizer`'s and `NameFolding`'s rules so that
/// scanning those scripts is a table lookup instead of a Unicode property query. Read-only once
/// made, so safe to share between threads.
struct ScalarTable: @unchecked Sendable {
    /// How a code point takes part in tokenizing.
    enum Role: UInt8 {
        /// White space or an invisible formatting mark: separates tokens.
        case space
        /// A line break: separates tokens and marks the next one as starting a line.
        case newline
        /// Punctuation or a symbol: a token of its own.
        case mark
        /// A letter, a combining mark or a digit: part of a word.
        case word
    }

    /// The table covers code points below this one.
    static let limit: UInt32 = 0x800
    /// The shared table.
    static let shared = ScalarTable()

    /// Role of each code point below `limit`. The table lives as long as the process (it is
    /// made once), so its memory is held by plain pointers that cost no reference counting.
    let roles: UnsafeBufferPointer<Role>
    /// Folded UTF-8 bytes of each code point below `limit`, packed little-endian (first byte in
    /// the low bits); `foldedLengths` says how many. A dropped code point has length 0.
    let folded: UnsafeBufferPointer<UInt32>
    /// Number of folded bytes (0 to 4).
    let foldedLengths: UnsafeBufferPointer<UInt8>

    private init() {
        var roles: [Role] = []
        var folded: [UInt32] = []
        var lengths: [UInt8] = []
        for value in 0..<Self.limit {
            guard let scalar = Unicode.Scalar(value) else {
                roles.append(.mark)
                folded.append(0)
                lengths.append(0)
                continue
            }
            if Tokenizer.isWordScalar(scalar) {
                roles.append(.word)
            } else if scalar == "\n" {
                roles.append(.newline)
            } else {
                roles.append(Tokenizer.isSpace(scalar) ? .space : .mark)
            }
            var bytes: [UInt8] = []
            NameFolding.appendFolded(scalar, to: &bytes)
            precondition(bytes.count <= 4, "a folded code point below U+0800 takes at most four bytes")
            var packed: UInt32 = 0
            for (index, byte) in bytes.enumerated() { packed |= UInt32(byte) << (8 * UInt32(index)) }
            folded.append(packed)
            lengths.append(UInt8(bytes.count))
        }
        self.roles = Self.immortal(roles)
        self.folded = Self.immortal(folded)
        foldedLengths = Self.immortal(lengths)
    }

    /// A copy of `values` in memory that is never freed.
    private static func immortal<T>(_ values: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: values.count)
        _ = buffer.initialize(from: values)
        return UnsafeBufferPointer(buffer)
    }
}
