import EntityGraph

/// A one-word state's name that is the family name of a person the document has named, in a
/// document that has not named that state ("Portuguese Prime Minister Luis Montenegro ...
/// Montenegro said"): the person again, not the state; not after a preposition ("in Montenegro").
struct SurnamesSpelledLikeStates {
    let lexicon: Lexicon

    /// Turns each such state span into a mention of the person.
    func apply(_ work: SentenceWork, context: DocumentContext) {
        for index in work.spans.indices {
            let span = work.spans[index]
            guard case .entity(let state) = span.value, span.range.count == 1, span.clitic.isEmpty,
                  lexicon.entities[state]?.kind == .state, !context.hasNamed(state: state),
                  !work.token(span.range.lowerBound - 1, isOneOf: lexicon.keywords.prepositions) else { continue }
            let word = NameFolding.fold(work.sentence.text(of: span.range.lowerBound))
            guard let person = recentPerson(namedLike: word, context: context) else { continue }
            work.spans[index].value = .entity(person)
        }
    }

    /// The person mentioned last, among the last `reach` mentions, one of whose names ends with
    /// the folded word.
    private func recentPerson(namedLike word: String, context: DocumentContext) -> String? {
        var visited: Set<String> = []
        for id in context.history.suffix(Self.reach).reversed() where context.kind(id) == .person && visited.insert(id).inserted {
            if familyNames(of: id, context: context).contains(word) { return id }
        }
        return nil
    }

    /// How many mentions back a person is looked for.
    private static let reach = 64

    /// The folded last words of the names a person goes by, known or found in the document.
    private func familyNames(of person: String, context: DocumentContext) -> Set<String> {
        let names = lexicon.entities[person].map { $0.englishNames + $0.arabicNames } ?? context.localEntities[person].map { [$0.name] + $0.aliases } ?? []
        return Set(names.compactMap { $0.split(separator: " ").last.map { NameFolding.fold(String($0)) } })
    }
}
