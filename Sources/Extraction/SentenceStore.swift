import EntityGraph

/// Keeps one copy of each distinct sentence text used as evidence, however many documents repeat
/// it (wire stories, captions and boilerplate recur across a feed), so that memory follows the
/// number of distinct sentences rather than the size of the corpus. Not thread-safe: one per
/// worker.
public final class SentenceStore {
    private var table = WordTable(capacity: 4096)
    private var texts: [String] = []

    /// An empty store.
    public init() {}

    /// Number of distinct sentences kept.
    public var count: Int { texts.count }

    /// The kept copy of a sentence given as UTF-8 bytes.
    func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let id = Int(table.intern(bytes))
        if id == texts.count { texts.append(String(decoding: bytes, as: UTF8.self)) }
        return texts[id]
    }
}
