import Foundation

/// Byte runs that concurrent encoders fill, one slot each, read back in slot order.
final class EncodedPieces: @unchecked Sendable {
    private var slots: [Data]
    private let lock = NSLock()

    /// `count` empty slots.
    init(count: Int) { slots = Array(repeating: Data(), count: count) }

    /// The run in one slot.
    subscript(index: Int) -> Data {
        get { lock.lock(); defer { lock.unlock() }; return slots[index] }
        set { lock.lock(); slots[index] = newValue; lock.unlock() }
    }

    /// Every run, in slot order.
    var all: [Data] { lock.lock(); defer { lock.unlock() }; return slots }
}
