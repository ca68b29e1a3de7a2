import EntityGraph

/// The word-only function lists that rules read by name, word by word (`role_nouns`,
/// `accord_nouns`, ...: those with no `FunctionList` case). Each list is one bit; the tokenizer
/// gives every word the bits of the lists that hold it as written or after a proclitic
/// (`Token.wordLists`), once per distinct word of a document, so a rule's test is a lookup of the
/// list's name and a bit test. The words are kept in a table of their own: the lexicon's word
/// table, which decides the proclitic readings of the text's words, does not change.
public struct WordListTable: Sendable {
    /// At most this many lists get a bit (a word's bits are one `UInt64`).
    public static let capacity = 64
    private var bits: [String: UInt64] = [:]
    private var words = WordTable(capacity: 1024)
    private var flags: [UInt64] = []

    /// An empty table.
    public init() {}

    /// The table of `lists` (list name → language → words); lists beyond `capacity`, in name
    /// order, get no bit and hold no word.
    init(lists: [String: [String: [String]]]) {
        for (place, name) in lists.keys.sorted().prefix(Self.capacity).enumerated() {
            let bit = UInt64(1) << UInt64(place)
            bits[name] = bit
            for form in lists[name]!.values.joined() {
                let word = Int(words.intern(NameFolding.fold(form)))
                if flags.count <= word { flags.append(0) }
                flags[word] |= bit
            }
        }
    }

    /// The names of the lists held.
    public var names: Set<String> { Set(bits.keys) }

    /// The bit of list `name`; 0 for a list the table does not hold.
    @inline(__always)
    public func bit(_ name: String) -> UInt64 { bits[name] ?? 0 }

    /// The bits of the lists that hold a folded word, as written or after one of the proclitics
    /// (`ArabicClitics.prefixes`, "لل" also read as "ل" and the article) with two letters or more
    /// left.
    func bits(ofFolded word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard !flags.isEmpty else { return 0 }
        return words.withLookup { table in
            func flagsOf(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { table.id(bytes).map { flags[Int($0)] } ?? 0 }
            var found = flagsOf(word)
            guard word.count >= 6, word[0] == 0xD8 || word[0] == 0xD9 else { return found }
            for (prefix, spelling) in zip(ArabicClitics.prefixes, ArabicClitics.prefixBytes) where word.starts(with: spelling) {
                let rest = UnsafeBufferPointer(rebasing: word[spelling.count...])
                guard rest.lazy.filter({ $0 & 0xC0 != 0x80 }).count >= 2 else { continue }
                found |= flagsOf(rest)
                if prefix.hasSuffix("لل") {
                    found |= withUnsafeTemporaryAllocation(of: UInt8.self, capacity: rest.count + 4) { buffer in
                        let article: [UInt8] = [0xD8, 0xA7, 0xD9, 0x84]
                        for (index, byte) in (article + rest).enumerated() { buffer[index] = byte }
                        return flagsOf(UnsafeBufferPointer(rebasing: buffer[..<(rest.count + 4)]))
                    }
                }
            }
            return found
        }
    }
}
