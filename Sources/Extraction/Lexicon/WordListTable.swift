import EntityGraph

/// The word-only function lists that rules read by name, word by word (`role_nouns`,
/// `accord_nouns`, ...: those with no `FunctionList` case). Each list is one bit; the tokenizer
/// gives every word the bits of the lists that hold it as written or after a proclitic
/// (`Token.wordLists`), once per distinct word of a document, so a rule's test is a lookup of the
/// list's name and a bit test. The words are kept in a table of their own: the lexicon's word
/// table, which decides the proclitic readings of the text's words, does not change.
public struct WordListTable: Sendable {
    /// At most this many lists get a bit (a word's bits are one `UInt128`).
    public static let capacity = 128
    private var bits: [String: UInt128] = [:]
    private var words = WordTable(capacity: 1024)
    private var flags: [UInt128] = []

    /// An empty table.
    public init() {}

    /// The table of `lists` (list name → language → words); lists beyond `capacity`, in name
    /// order, get no bit and hold no word.
    init(lists: [String: [String: [String]]]) {
        for (place, name) in lists.keys.sorted().prefix(Self.capacity).enumerated() {
            let bit = UInt128(1) << UInt128(place)
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
    public func bit(_ name: String) -> UInt128 { bits[name] ?? 0 }

    /// The bits of the lists that hold a folded word, as written or after one of its proclitics
    /// (`ArabicClitics.forEachRest`).
    func bits(ofFolded word: UnsafeBufferPointer<UInt8>) -> UInt128 {
        guard !flags.isEmpty else { return 0 }
        return words.withLookup { table in
            var found: UInt128 = 0
            ArabicClitics.forEachRest(of: word) { rest in
                if let id = table.id(rest) { found |= flags[Int(id)] }
            }
            return found
        }
    }
}
