import EntityGraph

/// An English subject of two or more states that shares a border with no partner named after
/// it ("Iran and Pakistan share a 900-km (560-mile) border", "The two neighbours share a long
/// border"): its states border each other.
extension StructuralPatterns {
    /// Emits that the states of the subject right before a verb of list `pair_sharing_verbs`
    /// ("share") border each other when a border noun is the verb's object: in its clause, within
    /// twelve tokens (a length in parentheses) and no stopword but an article before it (not
    /// "share intelligence on the border"), and no "with" follows the noun.
    func bordersSharedBeforeVerb(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("border_nouns") {
            let noun = span.range.lowerBound
            guard !work.sentence.document.isArabic(work.tokens[noun]), !work.token(span.range.upperBound, isOneOf: lexicon.keywords.withWords),
                  let verb = (max(0, noun - 12)..<noun).last(where: { work.token($0, isInWordList: "pair_sharing_verbs", lexicon: lexicon) }),
                  !work.hasClauseBreak(verb..<noun), !work.actors.contains(where: { (verb..<noun).contains($0.range.lowerBound) }),
                  !((verb + 1)..<noun).contains(where: { work.tokens[$0].isWord && !work.token($0, isOneOf: lexicon.keywords.articles)
                      && lexicon.isFunctionWord(work.tokens[$0].word, list: .stopwords) }),
                  let subject = work.actors.last(where: { $0.range.upperBound == verb }) else { continue }
            var states: [String] = []
            for id in work.coordinatedBefore(subject, keywords: lexicon.keywords, kind: context.kind).ids.map(context.actingEntity)
            where context.kind(id) == .state && !states.contains(id) {
                states.append(id)
            }
            guard states.count >= 2 else { continue }
            emitBorders(among: states, work, context: context, tokens: subject.range.lowerBound...(span.range.upperBound - 1), rule: "shared_border")
        }
    }
}
