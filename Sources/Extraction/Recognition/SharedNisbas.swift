import EntityGraph

/// Arabic nisbas two states share (`nisba_shared_ar`: "الرئيس الكوري", "الشركة الكورية"): read
/// as the nisba of whichever of them the document named first, and not read in a document that
/// named neither. A nisba with its qualifier ("الكوري الجنوبي") is a longer name and wins.
struct SharedNisbas {
    /// The states sharing a shared nisba's forms: each group once.
    private let groups: [[String]]
    /// For each word id of the lexicon's table, 1 + the index in `groups` of the states whose
    /// shared nisba it is a form of, else 0 (dense: two bytes per word, no hashing per token).
    private let groupOfWord: [UInt16]

    /// Gathers the shared nisbas of the lexicon's states (the lexicon interns their forms).
    init(lexicon: Lexicon) {
        var byWord: [Int32: [String]] = [:]
        for (id, entity) in lexicon.entities.sorted(by: { $0.key < $1.key }) where entity.kind == .state {
            for form in entity.sharedNisbaStems.flatMap(NisbaForms.forms(ofStem:)) {
                guard let word = lexicon.words.id(form) else { continue }
                byWord[word, default: []].append(id)
            }
        }
        var groups: [[String]] = []
        var groupOfWord = [UInt16](repeating: 0, count: byWord.isEmpty ? 0 : lexicon.words.count)
        for (word, states) in byWord.sorted(by: { $0.key < $1.key }) {
            if !groups.contains(states) { groups.append(states) }
            groupOfWord[Int(word)] = UInt16(groups.firstIndex(of: states)! + 1)
        }
        (self.groups, self.groupOfWord) = (groups, groupOfWord)
    }

    /// Adds a nisba span for each unmatched Arabic word that is a shared nisba of a state the
    /// document named.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        guard !groupOfWord.isEmpty else { return }
        var found: [Span] = []
        for index in work.tokens.indices {
            let word = Int(work.tokens[index].word)
            guard word >= 0, word < groupOfWord.count, groupOfWord[word] > 0, work.tokens[index].isWord, work.spanIndex(startingAt: index) == nil,
                  work.sentence.document.isArabic(work.tokens[index]),
                  let state = context.firstNamed(among: groups[Int(groupOfWord[word]) - 1]) else { continue }
            found.append(Span(range: index..<(index + 1), value: .nisba(state), clitic: ""))
        }
        work.addSpans(found)
    }
}

extension DocumentContext {
    /// Which of `states` the document named first, by name or by a person serving it.
    func firstNamed(among states: [String]) -> String? {
        history.lazy.compactMap { self.state(of: $0) }.first { states.contains($0) }
    }
}
