import EntityGraph

/// Splits text into word and punctuation tokens, keeping offsets in Unicode code points and
/// UTF-8 bytes. Words are runs of letters, combining marks (Arabic diacritics) and digits; every
/// other non-space code point is a token of its own; a change between Latin and Arabic letters
/// also ends a word ("iconدقائق" is two words); a dotted initialism ("U.S.", "U.N.") is one word
/// whose folded form has no dots, and a number's thousands separator ("1,100") stays inside it.
/// Each word is folded (`NameFolding`) into bytes and given the id of the lexicon's word table, or
/// a document-local id beyond it. O(n).
public struct Tokenizer {
    /// The lexicon's words (read-only).
    public let lexiconWords: WordTable
    private var localWords = WordTable(capacity: 256)
    private let wordLists: WordListTable

    /// A tokenizer over the lexicon's word table, marking the words of `wordLists`.
    public init(lexiconWords: WordTable, wordLists: WordListTable = WordListTable()) {
        self.lexiconWords = lexiconWords
        self.wordLists = wordLists
    }

    /// The folded spelling of a word id (lexicon or document-local).
    public func word(_ id: Int32) -> String {
        id < Int32(lexiconWords.count) ? lexiconWords.word(id) : localWords.word(id - Int32(lexiconWords.count))
    }

    /// The id of a folded word in the lexicon or in the documents tokenized so far.
    public func id(_ folded: String) -> Int32? {
        lexiconWords.id(folded) ?? localWords.id(folded).map { $0 + Int32(lexiconWords.count) }
    }

    /// Tokenizes one document.
    public mutating func tokenize(_ text: String) -> TokenizedText {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 6)
        let offset = Int32(lexiconWords.count)
        var readingsOfWord: [Int32: (readings: (CliticReading, CliticReading), lists: UInt128)] = [:]
        lexiconWords.withLookup { lexicon in
            Self.scan(text) { raw, folded in
                guard let folded else {
                    tokens.append(Token(start: raw.start, end: raw.end, utf8Start: raw.utf8Start, utf8End: raw.utf8End,
                                        word: -Int32(raw.mark) - 1, isWord: false, startsLine: raw.startsLine,
                                        number: -1, readings: (.none, .none), wordLists: 0))
                    return
                }
                let id = lexicon.id(folded) ?? (offset + localWords.intern(folded))
                let known: (readings: (CliticReading, CliticReading), lists: UInt128)
                if let seen = readingsOfWord[id] {
                    known = seen
                } else {
                    // A rest of three letters or more may be a word the document wrote before ("أفورقي" ... "وأفورقي").
                    let readings = ArabicClitics.knownReadings(folded) { rest in
                        lexicon.id(rest) ?? (rest.count >= 6 ? localWords.id(rest).map { offset + $0 } : nil)
                    }
                    known = (readings, wordLists.bits(ofFolded: folded))
                    readingsOfWord[id] = known
                }
                tokens.append(Token(start: raw.start, end: raw.end, utf8Start: raw.utf8Start, utf8End: raw.utf8End,
                                    word: id, isWord: true, startsLine: raw.startsLine, number: raw.number,
                                    readings: known.readings, wordLists: known.lists))
            }
        }
        return TokenizedText(text: text, tokens: tokens)
    }

    /// Where a token is and what it holds, before it gets a word id.
    struct RawToken {
        var start = 0, end = 0, utf8Start = 0, utf8End = 0
        var startsLine = false
        var number: Int32 = -1
        var mark: UInt32 = 0
    }

    /// Calls `emit` for every token of `text`, with the folded bytes of words (nil for marks).
    /// Reads the UTF-8 bytes directly; code points below U+0800 are classified and folded by
    /// `ScalarTable`, the rest by `isWordScalar`, `isSpace` and `NameFolding`.
    static func scan(_ text: String, _ emit: (RawToken, UnsafeBufferPointer<UInt8>?) -> Void) {
        var text = text
        text.withUTF8 { scan(utf8: $0, emit) }
    }

    private static func scan(utf8 bytes: UnsafeBufferPointer<UInt8>, _ emit: (RawToken, UnsafeBufferPointer<UInt8>?) -> Void) {
        let table = ScalarTable.shared
        var foldedCapacity = 256
        var folded = UnsafeMutablePointer<UInt8>.allocate(capacity: foldedCapacity)
        defer { folded.deallocate() }
        var foldedCount = 0
        var rareScalar: [UInt8] = []
        func appendFolded(_ byte: UInt8) {
            if foldedCount == foldedCapacity {
                let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * foldedCapacity)
                larger.update(from: folded, count: foldedCount)
                folded.deallocate()
                folded = larger
                foldedCapacity *= 2
            }
            folded[foldedCount] = byte
            foldedCount += 1
        }
        var raw = RawToken()
        var inWord = false
        var allDigits = true
        var value: Int64 = 0
        var offset = 0, utf8Offset = 0
        var sawNewline = true
        var lastScript = 0
        var capitalsOnly = false, lettersSinceDot = 0, dots = 0
        func flush() {
            guard inWord else { return }
            raw.end = offset
            raw.utf8End = utf8Offset
            raw.number = allDigits && foldedCount > 0 && value < Int64(Int32.max) ? Int32(value) : -1
            if foldedCount > 0 { emit(raw, UnsafeBufferPointer(start: folded, count: foldedCount)) }
            inWord = false
            lastScript = 0
        }
        let count = bytes.count
        while utf8Offset < count {
            let lead = bytes[utf8Offset]
            let scalarValue: UInt32, width: Int
            if lead < 0x80 {
                (scalarValue, width) = (UInt32(lead), 1)
            } else if lead < 0xE0 {
                (scalarValue, width) = (UInt32(lead & 0x1F) << 6 | UInt32(bytes[utf8Offset + 1] & 0x3F), 2)
            } else if lead < 0xF0 {
                (scalarValue, width) = (UInt32(lead & 0x0F) << 12 | UInt32(bytes[utf8Offset + 1] & 0x3F) << 6
                    | UInt32(bytes[utf8Offset + 2] & 0x3F), 3)
            } else {
                (scalarValue, width) = (UInt32(lead & 0x07) << 18 | UInt32(bytes[utf8Offset + 1] & 0x3F) << 12
                    | UInt32(bytes[utf8Offset + 2] & 0x3F) << 6 | UInt32(bytes[utf8Offset + 3] & 0x3F), 4)
            }
            let role: ScalarTable.Role
            if scalarValue < ScalarTable.limit {
                role = table.roles[Int(scalarValue)]
            } else {
                let scalar = Unicode.Scalar(scalarValue)!
                role = isWordScalar(scalar) ? .word : scalar == "\u{2029}" ? .newline : isSpace(scalar) ? .space : .mark
            }
            if role == .word {
                let digit = digitValue(scalarValue)
                let latin = scalarValue < 0x80 && scalarValue > 0x39
                let arabic = scalarValue >= 0x0620 && scalarValue <= 0x06FF && digit == nil
                if inWord && ((latin && lastScript == 2) || (arabic && lastScript == 1)) { flush() }
                if latin { lastScript = 1 } else if arabic { lastScript = 2 }
                if !inWord {
                    inWord = true
                    raw.start = offset
                    raw.utf8Start = utf8Offset
                    raw.startsLine = sawNewline
                    sawNewline = false
                    foldedCount = 0
                    allDigits = true
                    value = 0
                    capitalsOnly = true
                    lettersSinceDot = 0
                    dots = 0
                }
                if scalarValue < 0x41 || scalarValue > 0x5A { capitalsOnly = false }
                lettersSinceDot += 1
                if let digit {
                    value = min(value * 10 + Int64(digit), Int64(Int32.max))
                } else {
                    allDigits = false
                }
                if scalarValue < ScalarTable.limit {
                    var packed = table.folded[Int(scalarValue)]
                    for _ in 0..<table.foldedLengths[Int(scalarValue)] {
                        appendFolded(UInt8(truncatingIfNeeded: packed))
                        packed >>= 8
                    }
                } else {
                    rareScalar.removeAll(keepingCapacity: true)
                    NameFolding.appendFolded(Unicode.Scalar(scalarValue)!, to: &rareScalar)
                    for byte in rareScalar { appendFolded(byte) }
                }
            } else if scalarValue == 0x2E, inWord, capitalsOnly, lettersSinceDot == 1,
                      dots > 0 || isInitialismAhead(bytes, utf8Offset + 1) {
                dots += 1
                lettersSinceDot = 0
            } else if scalarValue == 0x2C, inWord, allDigits, isThousandsAhead(bytes, utf8Offset + 1) {
                // "1,100 kilometers": a thousands separator stays inside its number.
            } else {
                flush()
                if role == .newline {
                    sawNewline = true
                } else if role == .mark {
                    let mark = RawToken(start: offset, end: offset + 1, utf8Start: utf8Offset, utf8End: utf8Offset + width,
                                        startsLine: sawNewline, number: -1, mark: scalarValue)
                    emit(mark, nil)
                    sawNewline = false
                }
            }
            offset += 1
            utf8Offset += width
        }
        flush()
    }

    /// Whether the bytes at `index` are exactly three ASCII digits, the group after a thousands
    /// separator.
    @inline(__always)
    private static func isThousandsAhead(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let isDigit = { (at: Int) in at < bytes.count && (0x30...0x39).contains(bytes[at]) }
        return isDigit(index) && isDigit(index + 1) && isDigit(index + 2) && !isDigit(index + 3)
    }

    /// Whether the bytes at `index` continue a dotted initialism: a capital letter and a dot
    /// ("U.S.", "U.N."), whose dots then stay inside the word.
    @inline(__always)
    private static func isInitialismAhead(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index + 1 < bytes.count && (0x41...0x5A).contains(bytes[index]) && bytes[index + 1] == 0x2E
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A)
        }
        if value >= 0x0600 && value <= 0x06FF {
            switch value {
            case 0x0600...0x0605, 0x060C, 0x060D, 0x061B, 0x061E, 0x061F, 0x066A...0x066D, 0x06D4, 0x06DD, 0x06DE, 0x06E9:
                return false
            default:
                return true
            }
        }
        if value == 0x200C || value == 0x200D { return true }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// Whether a non-word code point is white space (or an invisible formatting mark).
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        if (0x200B...0x200F).contains(value) || (0x2066...0x2069).contains(value) || value == 0xFEFF { return true }
        return scalar.properties.isWhitespace
    }

    @inline(__always)
    static func digitValue(_ value: UInt32) -> Int? {
        switch value {
        case 0x30...0x39: return Int(value - 0x30)
        case 0x0660...0x0669: return Int(value - 0x0660)
        case 0x06F0...0x06F9: return Int(value - 0x06F0)
        default: return nil
        }
    }
}

/// A document's text and its tokens; sentences refer to it for the words as written.
public final class TokenizedText: Sendable {
    /// The text.
    public let text: String
    /// The tokens, in order.
    public let tokens: [Token]
    private let utf8: [UInt8]
    /// Whether the text writes a final alif maqsura (ى) anywhere: then a final ي is meant as
    /// written, and "علي" is the name Ali, not the preposition "على" spelled loosely.
    public let writesAlifMaqsura: Bool

    init(text: String, tokens: [Token]) {
        self.text = text
        self.tokens = tokens
        utf8 = Array(text.utf8)
        writesAlifMaqsura = utf8.withUnsafeBufferPointer { bytes in
            bytes.indices.dropFirst().contains { bytes[$0] == 0x89 && bytes[$0 - 1] == 0xD9 }
        }
    }

    /// Whether a token ends with the letter ي as written (not ى).
    public func endsWithYa(_ token: Token) -> Bool {
        token.utf8End - token.utf8Start >= 2 && utf8[token.utf8End - 2] == 0xD9 && utf8[token.utf8End - 1] == 0x8A
    }

    /// The token as written.
    public func text(of token: Token) -> String {
        String(decoding: utf8[token.utf8Start..<token.utf8End], as: UTF8.self)
    }

    /// The text from the start of one token to the end of another, as written.
    public func text(from first: Token, to last: Token) -> String {
        String(decoding: utf8[first.utf8Start..<last.utf8End], as: UTF8.self)
    }

    /// Calls `body` with the UTF-8 bytes from the start of one token to the end of another.
    func withBytes<T>(from first: Token, to last: Token, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        utf8.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[first.utf8Start..<last.utf8End])) }
    }

    /// Whether a token starts with an Arabic letter.
    public func isArabic(_ token: Token) -> Bool {
        (0xD8...0xDB).contains(utf8[token.utf8Start])
    }

    /// Whether a token ends with the UTF-8 bytes of `suffix` as written ("s", "ة").
    public func ends(_ token: Token, with suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard token.utf8End - token.utf8Start >= count else { return false }
        let start = token.utf8End - count
        return (0..<count).allSatisfy { utf8[start + $0] == suffix.utf8Start[$0] }
    }

    /// Whether a token starts with the Arabic article ال, alone or after و or ف.
    public func startsWithArticle(_ token: Token) -> Bool {
        var start = token.utf8Start
        if token.utf8End - start >= 6, utf8[start] == 0xD9, utf8[start + 1] == 0x88 || utf8[start + 1] == 0x81 { start += 2 }
        return token.utf8End - start >= 4 && utf8[start] == 0xD8 && utf8[start + 1] == 0xA7 && utf8[start + 2] == 0xD9 && utf8[start + 3] == 0x84
    }

    /// Whether a token is one capital Latin letter as written (a name's initial).
    public func isCapitalInitial(_ token: Token) -> Bool {
        token.utf8End - token.utf8Start == 1 && (0x41...0x5A).contains(utf8[token.utf8Start])
    }

    /// The scalars of a token as written (with diacritics).
    public func scalars(of token: Token) -> String.UnicodeScalarView {
        text(of: token).unicodeScalars
    }
}
