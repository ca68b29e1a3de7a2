import EntityGraph

/// The later mentions, in the sentence that introduces them, of people the lexicon does not know:
/// the sentence's names were matched before its title named the person ("Colombian President
/// Gustavo Petro, ..., accusing Petro of"), so the words after that no span or actor covers are
/// matched again against the document's own names.
struct LaterMentions {
    /// Adds a span for each such mention, when the sentence introduced anyone (the document knew
    /// `known` entities of its own before it).
    func recognize(_ work: SentenceWork, context: DocumentContext, known: Int) {
        guard context.localEntities.count > known else { return }
        let covered = work.spans.map(\.range) + work.actors.map(\.range)
        var found: [Span] = []
        var index = 0
        while index < work.tokens.count {
            guard work.tokens[index].isWord, !covered.contains(where: { $0.contains(index) }),
                  let match = context.localNames.matchWithClitics(work.tokens, at: index, text: work.sentence.document),
                  context.kind(match.value) == .person,
                  !covered.contains(where: { $0.overlaps(index..<(index + match.length)) }) else {
                index += 1
                continue
            }
            found.append(Span(range: index..<(index + match.length), value: .entity(match.value), clitic: match.clitic))
            index += match.length
        }
        work.addSpans(found)
    }
}
