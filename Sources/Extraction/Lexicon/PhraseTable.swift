/// Phrases of one or more words (word ids) mapped to values, matched longest first at a token.
/// The first word is looked up in a hash table, so a match costs O(phrases starting with it).
public struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let words: [Int32]
        let exactFirst: String?
        let value: Value
    }

    /// Entries by first word id (an array: word ids are dense).
    private var entriesByFirstWord: [[Entry]] = []
    private var firstWords = 0

    /// An empty table.
    public init() {}

    /// Number of distinct first words.
    public var count: Int { firstWords }

    /// Adds a phrase given as word ids. `exactFirst`, for acronyms such as `US`, is the spelling
    /// the first token must have as written.
    public mutating func insert(words: [Int32], exactFirst: String? = nil, _ value: Value) {
        guard let first = words.first.map(Int.init), first >= 0 else { return }
        if entriesByFirstWord.count <= first {
            entriesByFirstWord += [[Entry]](repeating: [], count: first + 1 - entriesByFirstWord.count)
        }
        if entriesByFirstWord[first].isEmpty { firstWords += 1 }
        entriesByFirstWord[first].append(Entry(words: words, exactFirst: exactFirst, value: value))
        entriesByFirstWord[first].sort { $0.words.count > $1.words.count }
    }

    /// The value of exactly this phrase, if it is in the table.
    public func value(exactly words: [Int32]) -> Value? {
        entries(words.first ?? -1).first { $0.words == words }?.value
    }

    /// Whether some phrase starts with the word.
    public func startsPhrase(_ word: Int32) -> Bool { !entries(word).isEmpty }

    @inline(__always)
    private func entries(_ word: Int32) -> [Entry] {
        word >= 0 && Int(word) < entriesByFirstWord.count ? entriesByFirstWord[Int(word)] : []
    }

    /// The longest phrase matching `tokens` from `index` whose first word is `firstWord` (the
    /// token's word or a proclitic reading of it): its length in tokens (glued hyphens and
    /// apostrophes, and initials' periods, between its words included) and value.
    func match(_ tokens: [Token], at index: Int, firstWord: Int32, text: TokenizedText?) -> (length: Int, value: Value)? {
        let candidates = entries(firstWord)
        guard !candidates.isEmpty else { return nil }
        for entry in candidates {
            guard index + entry.words.count <= tokens.count else { continue }
            if let exact = entry.exactFirst, let text, text.text(of: tokens[index]) != exact { continue }
            var offset = 1
            var cursor = index + 1
            while offset < entry.words.count, cursor < tokens.count {
                if Self.isGluedHyphen(tokens, cursor) || Self.isGluedApostrophe(tokens, cursor) || Self.isInitialsPeriod(tokens, cursor),
                   cursor + 1 < tokens.count { cursor += 1 }
                guard tokens[cursor].word == entry.words[offset] else { break }
                offset += 1
                cursor += 1
            }
            if offset == entry.words.count { return (cursor - index, entry.value) }
        }
        return nil
    }

    /// Whether token `index` is a hyphen written between two words without spaces
    /// ("Kosiniak-Kamysz"), which a phrase's words may span.
    @inline(__always)
    static func isGluedHyphen(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, let mark = tokens[index].mark, mark == "-" || mark == "‑" else { return false }
        return tokens[index - 1].utf8End == tokens[index].utf8Start && tokens[index].utf8End == tokens[index + 1].utf8Start
    }

    /// Whether token `index` is an apostrophe written between two words without spaces
    /// ("People's Liberation Army", "NATO's eastern flank"), which a phrase's words may span as
    /// they span a glued hyphen.
    @inline(__always)
    static func isGluedApostrophe(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, let mark = tokens[index].mark, mark == "'" || mark == "’" else { return false }
        return tokens[index - 1].utf8End == tokens[index].utf8Start && tokens[index].utf8End == tokens[index + 1].utf8Start
    }

    /// Whether token `index` is a period glued to a one-letter word and followed by a space: the
    /// initial inside a name ("Michael D. Higgins", "George W. Bush"), which a phrase's words
    /// span as they span a glued hyphen.
    @inline(__always)
    static func isInitialsPeriod(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index].mark == ".", tokens[index - 1].isWord,
              tokens[index - 1].utf8End - tokens[index - 1].utf8Start == 1 else { return false }
        return tokens[index - 1].utf8End == tokens[index].utf8Start && tokens[index].utf8End < tokens[index + 1].utf8Start
    }

    /// The longest match at `index`, trying the word as written and then its proclitic readings;
    /// returns the proclitic stripped (empty if none). Of two readings as long, the one with the
    /// shorter proclitic wins: it keeps the article with the word ("والبيلاروسية" is و + the
    /// adjective البيلاروسية, not وال + a spelling of the state's name) and a letter that begins
    /// it ("وبحثت" is و + "discussed", not وب + "urged").
    func matchWithClitics(_ tokens: [Token], at index: Int, text: TokenizedText?) -> (length: Int, value: Value, clitic: String)? {
        let token = tokens[index]
        var best: (length: Int, value: Value, clitic: String)?
        if let found = match(tokens, at: index, firstWord: token.word, text: text) {
            best = (found.length, found.value, "")
        }
        func consider(_ reading: CliticReading) {
            guard reading.clitic != 0, let found = match(tokens, at: index, firstWord: reading.word, text: text) else { return }
            let clitic = reading.cliticText
            let keepsMore = best.map { found.length == $0.length && clitic.unicodeScalars.count < $0.clitic.unicodeScalars.count } ?? false
            guard best == nil || found.length > best!.length || keepsMore else { return }
            best = (found.length, found.value, clitic)
        }
        consider(token.readings.0)
        consider(token.readings.1)
        return best
    }
}
