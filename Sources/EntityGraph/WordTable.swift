import Foundation

/// Interns words or names, given as UTF-8 bytes, as dense integer ids (0, 1, 2, ...). Lookups hash
/// the bytes directly (FNV-1a) in an open-addressing table, so matching never builds a String.
public struct WordTable: Sendable {
    private var arena: [UInt8] = []
    private var offsets: [Int32] = [0]
    private var hashes: [UInt64] = []
    private var slots: [Int32]
    private var mask: Int

    /// An empty table.
    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// Number of words.
    public var count: Int { hashes.count }

    /// Bytes held by the table.
    public var byteCount: Int { arena.count + offsets.count * 4 + hashes.count * 8 + slots.count * 4 }

    /// The id of a word, if it is in the table.
    public func id(_ word: UnsafeBufferPointer<UInt8>) -> Int32? {
        withLookup { $0.id(word) }
    }

    /// Calls `body` with a read-only view of the table whose lookups touch no reference counts
    /// (the view must not outlive the call). For scanning loops that look up every word.
    public func withLookup<T>(_ body: (Lookup) throws -> T) rethrows -> T {
        try arena.withUnsafeBufferPointer { arena in
            try offsets.withUnsafeBufferPointer { offsets in
                try hashes.withUnsafeBufferPointer { hashes in
                    try slots.withUnsafeBufferPointer { slots in
                        try body(Lookup(arena: arena, offsets: offsets, hashes: hashes, slots: slots, mask: mask))
                    }
                }
            }
        }
    }

    /// A read-only view of a `WordTable` over its storage, valid inside `withLookup`.
    public struct Lookup {
        fileprivate let arena: UnsafeBufferPointer<UInt8>
        fileprivate let offsets: UnsafeBufferPointer<Int32>
        fileprivate let hashes: UnsafeBufferPointer<UInt64>
        fileprivate let slots: UnsafeBufferPointer<Int32>
        fileprivate let mask: Int

        /// The id of a word, if it is in the table.
        @inline(__always)
        public func id(_ word: UnsafeBufferPointer<UInt8>) -> Int32? {
            let hash = WordTable.hash(word)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let candidate = slots[slot]
                if candidate < 0 { return nil }
                if hashes[Int(candidate)] == hash {
                    let start = Int(offsets[Int(candidate)]), end = Int(offsets[Int(candidate) + 1])
                    if end - start == word.count
                        && (word.isEmpty || memcmp(arena.baseAddress! + start, word.baseAddress!, word.count) == 0) {
                        return candidate
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of a word, added if new.
    public mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        if let known = id(word) { return known }
        let id = Int32(count)
        arena.append(contentsOf: word)
        offsets.append(Int32(arena.count))
        hashes.append(Self.hash(word))
        if count * 2 > slots.count { grow() } else { place(id) }
        return id
    }

    /// The id of a word given as a String (folded already), added if new.
    public mutating func intern(_ word: String) -> Int32 {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { intern(UnsafeBufferPointer($0)) }
    }

    /// The id of a word given as a String (folded already), if known.
    public func id(_ word: String) -> Int32? {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { id(UnsafeBufferPointer($0)) }
    }

    /// The word with this id.
    public func word(_ id: Int32) -> String {
        let range = Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])
        return String(decoding: arena[range], as: UTF8.self)
    }

    private mutating func place(_ id: Int32) {
        var slot = Int(truncatingIfNeeded: hashes[Int(id)]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<Int32(count) { place(id) }
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
