import EntityGraph

/// The phrase naming the person whose title an English possessive owns ("President Vladimir
/// Putin's special envoy"): a name in apposition before it is the envoy's.
extension RoleRecognizer {
    /// Where the phrase naming a person, with their titles and affiliation, starts when it ends
    /// with an English possessive right before token `start` ("Zamir Kabulov, President Vladimir
    /// Putin's special envoy"; "U.S. President Donald Trump's envoy"): where a name in
    /// apposition to the title after it ends.
    func principalPhraseStart(before start: Int, _ work: SentenceWork, context: DocumentContext) -> Int? {
        guard let length = work.possessiveLength(before: start), let owner = work.span(endingAt: start - length),
              case .entity(let id) = owner.value, context.kind(id) == .person else { return nil }
        var (cursor, afterTitle) = (owner.range.lowerBound, false)
        while let before = work.span(endingAt: cursor), before.value.isTitle || afterTitle && before.value.isName {
            (cursor, afterTitle) = (before.range.lowerBound, before.value.isTitle)
        }
        return cursor
    }
}
