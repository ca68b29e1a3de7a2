import EntityGraph

/// States named as mediators ("بوساطة تركيا وقطر", "mediated by Turkey and Qatar"): not the
/// parties that "البلدان" / "the two countries" stand for later in the sentence, nor those of
/// the agreement they sponsored.
extension SentenceWork {
    /// The states of the first list the sentence names right after a word of `mediation_words`
    /// ("by" or "من" between) before token `index`.
    func mediatingStates(before index: Int, context: DocumentContext) -> [String] {
        let lexicon = context.lexicon
        // Looked up from the mediation words: a long sentence holds few of them and many actors.
        for word in 0..<min(index, tokens.count) where token(word, isInWordList: "mediation_words", lexicon: lexicon) {
            let start = token(word + 1, is: lexicon.keywords.by) || token(word + 1, is: lexicon.keywords.from) ? word + 2 : word + 1
            guard let head = actors.first(where: { $0.range.lowerBound == start && $0.range.upperBound <= index }),
                  isMediator(head, context: context) else { continue }
            return coordinated(from: head, keywords: lexicon.keywords).ids.compactMap(context.state(of:))
        }
        return []
    }

    /// Whether the list an actor ends ("تركيا وقطر", "Turkey and Qatar") is named right after a
    /// mediation word ("بوساطة", "mediated by"), "من" allowed between ("بوساطة من قطر وتركيا").
    func isMediator(_ actor: Actor, context: DocumentContext) -> Bool {
        let lexicon = context.lexicon
        let before = coordinatedBefore(actor, keywords: lexicon.keywords, kind: context.kind).start - 1
        guard before >= 0 else { return false }
        return token(before, isInWordList: "mediation_words", lexicon: lexicon)
            || ((token(before, is: lexicon.keywords.by) || token(before, is: lexicon.keywords.from)) // "mediated by", "بوساطة من"
                && token(before - 1, isInWordList: "mediation_words", lexicon: lexicon))
    }
}
