import EntityGraph

/// An organisation the lexicon puts in a state, named by a name that holds that state's name or
/// nisba ("إقليم كردستان العراق", "Iraqi Kurdistan", "الحرس الثوري الإيراني"): the text says whose
/// it is, so it is part of that state.
extension StructuralPatterns {
    /// Emits part_of for every such organisation named, in a title too ("رئيس إقليم كردستان العراق").
    func namesHoldingTheirState(_ work: SentenceWork, context: DocumentContext) {
        let tokens = work.sentence.tokens
        for span in work.spans where span.range.count >= 2 && span.clitic.isEmpty {
            guard case .entity(let id) = span.value, context.kind(id) == .organization,
                  let state = lexicon.entities[id]?.partOf, context.kind(state) == .state else { continue }
            let names = { (value: LexiconValue?) in value == .entity(state) || value == .nisba(state) }
            let named = span.range.contains { index in
                if let match = lexicon.phrases.match(tokens, at: index, firstWord: tokens[index].word, text: work.sentence.document),
                   index + match.length <= span.range.upperBound, names(match.value) {
                    return true
                }
                return names(lexicon.phrases.value(exactly: [tokens[index].word]))
            }
            guard named else { continue }
            context.emit(id, .partOf, state, sentence: work.sentence, tokens: span.range.lowerBound...(span.range.upperBound - 1),
                         rule: "name_of_state", confidence: 0.8)
        }
    }
}
