import Foundation

/// A fixed row of slots that concurrent workers fill, each worker writing only its own slots;
/// read back in slot order once they are done (used by parallel extraction and JSON writing).
public final class ConcurrentSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    /// `count` empty slots.
    public init(count: Int) { storage = Array(repeating: nil, count: count) }

    /// The value in one slot, nil while it is empty.
    public subscript(index: Int) -> Value? {
        get { lock.lock(); defer { lock.unlock() }; return storage[index] }
        set { lock.lock(); storage[index] = newValue; lock.unlock() }
    }

    /// Every slot, in order.
    public var values: [Value?] { lock.lock(); defer { lock.unlock() }; return storage }
}
