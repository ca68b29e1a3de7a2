import EntityGraph

/// Phrases of one or more folded words mapped to values, matched longest first at a token.
/// The first word is looked up in a hash table, so a match costs O(phrases starting with it).
public struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let words: [String]
        let caseSensitiveFirst: String?
        let value: Value
    }

    private var entriesByFirstWord: [String: [Entry]] = [:]

    /// An empty table.
    public init() {}

    /// Number of distinct first words.
    public var count: Int { entriesByFirstWord.count }

    /// Adds a phrase (written naturally; it is tokenised and folded). All-capital Latin
    /// acronyms (`US`, `UN`) only match when written in capitals.
    public mutating func insert(_ phrase: String, _ value: Value) {
        let tokens = Tokenizer.tokens(phrase).filter(\.isWord)
        guard let first = tokens.first else { return }
        let isAcronym = first.text.count <= 4 && first.text.allSatisfy { $0.isUppercase && $0.isASCII }
        let entry = Entry(words: tokens.map(\.folded), caseSensitiveFirst: isAcronym ? first.text : nil, value: value)
        var list = entriesByFirstWord[first.folded, default: []]
        list.append(entry)
        list.sort { $0.words.count > $1.words.count }
        entriesByFirstWord[first.folded] = list
    }

    /// Whether a one-word phrase `word` is in the table.
    public func containsWord(_ word: String) -> Bool {
        entriesByFirstWord[word]?.contains { $0.words.count == 1 } ?? false
    }

    /// The longest phrase matching `tokens` from `index`, whose first word is `firstWord` (the
    /// token's folded text or a clitic-stripped reading of it): its length in tokens and value.
    func match(_ tokens: [Token], at index: Int, firstWord: String, allowAcronymFold: Bool = false) -> (length: Int, value: Value)? {
        guard let candidates = entriesByFirstWord[firstWord] else { return nil }
        for entry in candidates {
            if let exact = entry.caseSensitiveFirst, tokens[index].text != exact, !allowAcronymFold { continue }
            guard index + entry.words.count <= tokens.count else { continue }
            var matches = true
            var offset = 1
            while offset < entry.words.count {
                if tokens[index + offset].folded != entry.words[offset] { matches = false; break }
                offset += 1
            }
            if matches { return (entry.words.count, entry.value) }
        }
        return nil
    }

    /// The longest match at `index`, trying the word as written and then its Arabic proclitic
    /// readings; returns the proclitic stripped (empty if none).
    func matchWithClitics(_ tokens: [Token], at index: Int) -> (length: Int, value: Value, clitic: String)? {
        var best: (length: Int, value: Value, clitic: String)?
        for reading in ArabicClitics.readings(tokens[index].folded) {
            if let found = match(tokens, at: index, firstWord: reading.rest),
               best == nil || found.length > best!.length {
                best = (found.length, found.value, reading.clitic)
            }
        }
        return best
    }
}
