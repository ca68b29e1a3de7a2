import Foundation

/// A small streaming JSON writer: UTF-8 bytes, two-space indentation, strings escaped as RFC 8259
/// requires (quotes, backslash, control characters), non-ASCII text written as is. Callers write
/// object keys in sorted order, so equal values give byte-identical output.
struct JSONWriter {
    private var bytes = ByteBuffer()
    private var depth = 0
    private var needsComma = [false]

    init(capacity: Int = 1 << 16) { bytes.reserve(capacity) }

    /// A writer for a run of items inside an array opened at `depth` by another writer, whose
    /// bytes that writer splices in with `appendItems`; `afterItems` says whether items come
    /// before this run (so that it starts with a comma).
    init(insideArrayAtDepth depth: Int, afterItems: Bool, capacity: Int = 1 << 16) {
        self.init(capacity: capacity)
        self.depth = depth
        needsComma = [Bool](repeating: true, count: depth) + [afterItems]
    }

    /// Splices in runs of items written by writers made with `init(insideArrayAtDepth:afterItems:)`
    /// for the array this writer has open; `nonEmpty` says whether they hold any item.
    mutating func appendItems(_ runs: [Data], nonEmpty: Bool) {
        for run in runs { run.withUnsafeBytes { bytes.append($0.bindMemory(to: UInt8.self)) } }
        if nonEmpty { needsComma[depth] = true }
    }

    /// The bytes written, handed over without a copy; the writer is empty afterwards.
    mutating func takeData() -> Data { bytes.takeData() }

    mutating func beginObject() { beginValue(); bytes.append(UInt8(ascii: "{")); open() }
    mutating func endObject() { close(); bytes.append(UInt8(ascii: "}")) }
    mutating func beginArray() { beginValue(); bytes.append(UInt8(ascii: "[")); open() }
    mutating func endArray() { close(); bytes.append(UInt8(ascii: "]")) }

    /// Writes a key; the value written next belongs to it.
    mutating func key(_ name: String) {
        separate()
        writeString(name)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        pendingKey = true
    }

    mutating func string(_ value: String) { beginValue(); writeString(value) }
    mutating func bool(_ value: Bool) { beginValue(); bytes.append(value ? "true" : "false") }
    mutating func int(_ value: Int) { beginValue(); bytes.append(decimalDigitsOf: value) }
    /// Writes a number with at most two decimals ("0.85", "1").
    mutating func decimal(_ value: Double) {
        beginValue()
        let hundredths = Int((value * 100).rounded())
        var text = String(hundredths / 100)
        let fraction = hundredths % 100
        if fraction != 0 { text += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)") }
        bytes.append(text)
    }

    /// Ends the document with a line break.
    mutating func newlineAtEnd() { bytes.append(0x0A) }

    /// A key and a string value.
    mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    /// A key and an integer value.
    mutating func field(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    /// A string-to-string object, keys sorted.
    mutating func stringMap(_ map: [String: String]) {
        beginObject()
        for name in map.keys.sorted() {
            key(name)
            string(map[name]!)
        }
        endObject()
    }

    /// An array of strings.
    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    private var pendingKey = false

    private mutating func beginValue() {
        if pendingKey {
            pendingKey = false
        } else {
            separate()
        }
    }

    private mutating func separate() {
        if depth > 0 {
            if needsComma[depth] { bytes.append(UInt8(ascii: ",")) }
            needsComma[depth] = true
            newline()
        }
    }

    private mutating func open() {
        depth += 1
        if needsComma.count <= depth { needsComma.append(false) } else { needsComma[depth] = false }
    }

    private mutating func close() {
        let hadItems = needsComma[depth]
        depth -= 1
        if hadItems { newline() }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(repeating: 0x20, count: 2 * depth)
    }

    private mutating func writeString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { buffer in
            var runStart = 0
            var index = 0
            while index < buffer.count {
                if index + 8 <= buffer.count, !Self.needsEscape(UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = buffer[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(UnsafeBufferPointer(rebasing: buffer[runStart..<(index - 1)]))
                runStart = index
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0..<0x20: bytes.append(String(format: "u%04x", byte))
                default: bytes.append(byte)
                }
            }
            bytes.append(UnsafeBufferPointer(rebasing: buffer[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any of eight bytes is a control character, a quote or a backslash (bitwise tests
    /// on the whole word: most of a long string needs no escape and is skipped eight bytes at a time).
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let hasZero = { (value: UInt64) in (value &- ones) & ~value & highs != 0 }
        return (word &- 0x2020_2020_2020_2020) & ~word & highs != 0
            || hasZero(word ^ 0x2222_2222_2222_2222) || hasZero(word ^ 0x5C5C_5C5C_5C5C_5C5C)
    }
}

/// A growable byte buffer in memory of its own, so that the finished bytes become `Data`
/// without being copied (large graphs write tens of megabytes of JSON).
struct ByteBuffer {
    private var pointer: UnsafeMutablePointer<UInt8>?
    private var count = 0
    private var capacity = 0

    mutating func reserve(_ wanted: Int) {
        guard wanted > capacity else { return }
        var size = max(capacity, 4096)
        while size < wanted { size *= 2 }
        pointer = realloc(pointer, size)?.assumingMemoryBound(to: UInt8.self)
        capacity = size
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { reserve(count + 1) }
        pointer![count] = byte
        count += 1
    }

    /// Appends the decimal digits of `value` (with a minus sign when negative) without making a
    /// string.
    mutating func append(decimalDigitsOf value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            append(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[(24 - count)...]))
        }
    }

    mutating func append(repeating byte: UInt8, count times: Int) {
        guard times > 0 else { return }
        reserve(count + times)
        (pointer! + count).update(repeating: byte, count: times)
        count += times
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(count + bytes.count)
        (pointer! + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// The bytes as `Data` owning this memory; the buffer is empty afterwards.
    mutating func takeData() -> Data {
        guard let pointer, count > 0 else { return Data() }
        let data = Data(bytesNoCopy: pointer, count: count, deallocator: .free)
        self.pointer = nil
        count = 0
        capacity = 0
        return data
    }
}
