import EntityGraph

/// An agreement criticised by its definite noun (list `accord_nouns`: "ندد فوتشيتش بالإعلان",
/// "Moscow condemned the deal"): the states that made the agreement the document told last, in
/// that sentence or the two before, are criticised.
extension FramePatterns {
    /// The parties of the agreement a definite accord noun at token `index` refers back to, if any.
    func partiesOfCriticizedAgreement(at index: Int, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        let english = work.token(index, is: lexicon.keywords.the)
        let noun = english ? index + 1 : index
        guard noun < work.tokens.count, work.token(noun, isInWordList: "accord_nouns", lexicon: lexicon),
              english || ["ال", "بال", "وال", "لل"].contains(where: { NameFolding.fold(work.sentence.text(of: noun)).hasPrefix($0) }),
              let agreement = context.lastAgreement, context.sentenceNumber - agreement.sentence <= 2 else { return nil }
        return Actor(ids: agreement.states, range: noun..<(noun + 1), clitic: "", source: .anaphora)
    }
}

extension DocumentContext {
    /// The states of the agreement told in this sentence with `pair` added: an agreement among
    /// three states is told as three pairs of one sentence.
    func agreementStates(adding pair: [String]) -> [String] {
        guard let agreement = lastAgreement, agreement.sentence == sentenceNumber else { return pair }
        return agreement.states + pair.filter { !agreement.states.contains($0) }
    }
}
