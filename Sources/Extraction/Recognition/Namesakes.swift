import EntityGraph

/// A known person's one-word English name written after a capitalised given name that can spell
/// none of theirs ("Akylbek Japarov" in a story on President Sadyr Japarov; not "Alyaksandr
/// Lukashenka"): another person of the same family name, made a new person of the two words, so
/// that the known one keeps their own mentions.
struct Namesakes {
    let lexicon: Lexicon

    /// Replaces each such span by one of a new person named by both words.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        for index in work.spans.indices.reversed() {
            let span = work.spans[index]
            guard case .entity(let id) = span.value, span.range.count == 1, span.clitic.isEmpty,
                  let entity = lexicon.entities[id], entity.kind == .person,
                  let given = givenName(before: span.range.lowerBound, work),
                  !entity.englishNames.contains(where: { name in name.split(separator: " ").dropLast().contains { Self.mayBeSpelling($0, of: given) } })
            else { continue }
            let range = (span.range.lowerBound - 1)..<span.range.upperBound
            work.spans[index] = Span(range: range, value: .entity(context.discoverPerson(work.sentence, range)), clitic: "")
        }
    }

    /// Initial letters that transliterations of one given name share ("Alexander", "Alyaksandr";
    /// "Yulia", "Julia"; "Georgiy", "Heorhiy"; "Konstantin", "Constantin"; "Wladimir").
    private static let initialClasses = ["AEIOUYJ", "CKQ", "GH", "VW", "FP"]

    /// Consonants that transliterations of one given name write for one sound ("Georgiy",
    /// "Heorhiy"; "Vladimir", "Wladimir"; "Filip", "Philip").
    private static let consonantClasses = ["CKQX", "GH", "VW", "FP", "SZ"]

    /// Whether two given names may be spellings of one: their initials are one letter or of one
    /// class, and so are their first consonants ("Yevgeny" is no "Andrei", though both open with a vowel).
    static func mayBeSpelling(_ known: Substring, of given: String) -> Bool {
        guard let first = known.first, let other = given.first,
              first == other || initialClasses.contains(where: { $0.contains(first) && $0.contains(other) }) else { return false }
        let consonant = { (name: Substring) in name.uppercased().first { !"AEIOUYJ".contains($0) } }
        guard let one = consonant(known), let two = consonant(Substring(given)) else { return true }
        return one == two || consonantClasses.contains { $0.contains(one) && $0.contains(two) }
    }

    /// The capitalised Latin word right before token `index` that names nothing known and is of
    /// no function list (not "Mr", "When", "Monday"), of three letters or more (not the initial
    /// "S Jaishankar").
    private func givenName(before index: Int, _ work: SentenceWork) -> String? {
        let previous = index - 1
        guard previous >= 0, work.tokens[previous].isWord, !work.spans.contains(where: { $0.range.contains(previous) }),
              work.startsLatin(previous, capital: true),
              !lexicon.isAnyFunctionWord(work.tokens[previous].word), work.sentence.text(of: previous).count >= 3 else { return nil }
        return work.sentence.text(of: previous)
    }
}
