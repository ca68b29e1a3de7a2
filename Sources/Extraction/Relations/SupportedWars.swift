import EntityGraph

/// Support for a war named with its agent and its place ("لدعم حربها في أوكرانيا", "to support
/// Russia's war in Ukraine"): support for the one waging it, not for the state it is waged in.
extension FramePatterns {
    /// The agent of the war named right after a support trigger ending before `index` (after an
    /// English article or possessive): a war noun whose agent the phrase gives (an Arabic
    /// possessive pronoun or a name or nisba after it; an English possessive before it), then
    /// "في" / "in" and a state that the one state the lexicon has at war with it on the article
    /// date wages war on, if the story has named that state.
    func supportedWarAgent(after index: Int, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        var start = index
        if work.token(start, isOneOf: lexicon.keywords.articles) || work.token(start, isIn: .possessives, lexicon: lexicon) { start += 1 }
        if let possessor = work.actors.first(where: { $0.range.lowerBound == start }), let length = work.possessiveLength(at: possessor.range.upperBound) {
            start = possessor.range.upperBound + length
        }
        guard let position = work.spanIndex(startingAt: start) else { return nil }
        let noun = work.spans[position]
        switch noun.value {
        case .trigger(let frame), .nominalTrigger(let frame) where RelationType(lexicon.frames[frame].type) == .attacks: break
        default: return nil
        }
        let arabic = work.sentence.document.isArabic(work.tokens[start])
        let possessed = arabic ? work.endsWithPronoun(noun.range.upperBound - 1, among: lexicon.pronounSuffixes) || namesItsAgent(noun, work)
            : start > index
        let end = noun.range.upperBound
        guard possessed, work.token(end, isOneOf: lexicon.keywords.locative),
              let place = work.actors.first(where: { $0.range.lowerBound == end + 1 }), place.ids.count == 1 else { return nil }
        let agents = (lexicon.warAgents[place.ids[0]] ?? []).filter { warTarget(of: $0, context: context) == place.ids[0] && context.hasNamed(state: $0) }
        guard agents.count == 1 else { return nil }
        return Actor(ids: agents, range: noun.range, clitic: "", source: .anaphora)
    }
}
