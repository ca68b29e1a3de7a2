import EntityGraph

/// One-word Arabic state names spelled as the state's own feminine nisba ("السعودية" is Saudi
/// Arabia and "Saudi"), read as the nisba right after a definite feminine noun, which an
/// adjective agrees with ("وزارة الخارجية السعودية", "الحكومة السعودية", "القوات السعودية");
/// elsewhere they stay the state ("زار السعودية", "أعلنت السعودية").
struct StateNamesSpelledAsNisbas {
    /// The state of each word id that names it and is its nisba too.
    private let stateOfWord: [Int32: String]

    /// Finds the lexicon's state names that are also a form of the nisba it gives the state.
    init(lexicon: Lexicon) {
        var found: [Int32: String] = [:]
        for (id, entity) in lexicon.entities where entity.kind == .state {
            for name in entity.arabicNames {
                let folded = NameFolding.fold(name)
                guard !folded.contains(" "), folded.hasPrefix("ال"), folded.hasSuffix("يه"), let word = lexicon.words.id(folded),
                      let masculine = lexicon.words.id(String(folded.dropLast())),
                      lexicon.phrases.value(exactly: [masculine]) == .nisba(id) else { continue }
                found[word] = id
            }
        }
        stateOfWord = found
    }

    /// Turns each such name after a definite feminine noun into the state's nisba.
    func recognize(_ work: SentenceWork) {
        guard !stateOfWord.isEmpty else { return }
        let text = work.sentence.document
        for index in work.spans.indices {
            let span = work.spans[index]
            guard span.range.count == 1, span.clitic.isEmpty, case .entity(let id) = span.value,
                  stateOfWord[work.tokens[span.range.lowerBound].word] == id else { continue }
            let noun = span.range.lowerBound - 1
            guard noun >= 0, work.tokens[noun].isWord, text.isArabic(work.tokens[noun]), text.startsWithArticle(work.tokens[noun]),
                  text.ends(work.tokens[noun], with: "ة") || text.ends(work.tokens[noun], with: "ات") else { continue }
            work.spans[index].value = .nisba(id)
        }
    }
}
