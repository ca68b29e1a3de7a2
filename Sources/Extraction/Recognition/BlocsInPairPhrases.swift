import EntityGraph

/// A pair phrase that names a bloc inside it ("the two NATO members", "both EU members"): the
/// two states it stands for are members of that bloc.
extension Coreference {
    /// The alliance a phrase of the lexicon names within the span, after its first word.
    func blocNamed(inside span: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        for index in (span.range.lowerBound + 1)..<span.range.upperBound {
            guard let found = lexicon.phrases.matchWithClitics(work.tokens, at: index, text: work.sentence.document),
                  index + found.length <= span.range.upperBound, case .entity(let id) = found.value,
                  context.kind(id) == .alliance else { continue }
            return id
        }
        return nil
    }
}
