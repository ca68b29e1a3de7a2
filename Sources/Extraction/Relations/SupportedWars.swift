import EntityGraph

/// Support for a war named with its agent and its place ("لدعم حربها في أوكرانيا", "to support
/// Russia's war in Ukraine"): support for the one waging it, not for the state it is waged in.
extension FramePatterns {
    /// The agent of the war named right after a support trigger ending before `index` (after an
    /// English article or possessive): the state named or whose nisba stands right after an
    /// Arabic war noun ("بدعم حرب روسيا", "دعم الحرب الروسية"); else, for a war noun whose agent
    /// a pronoun gives (an Arabic possessive pronoun; an English possessive before it), then
    /// "في" / "in" and a state, the one state the lexicon has at war with that state on the
    /// article date, if the story has named it.
    func supportedWarAgent(after index: Int, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        var start = index
        if work.token(start, isOneOf: lexicon.keywords.articles) || work.token(start, isIn: .possessives, lexicon: lexicon) { start += 1 }
        if let possessor = work.actors.first(where: { $0.range.lowerBound == start }), let length = work.possessiveLength(at: possessor.range.upperBound) {
            start = possessor.range.upperBound + length
        }
        guard let position = work.spanIndex(startingAt: start) else { return nil }
        let noun = work.spans[position]
        switch noun.value {
        case .trigger(let frame), .nominalTrigger(let frame): guard RelationType(lexicon.frames[frame].type) == .attacks else { return nil }
        default: return nil
        }
        let arabic = work.sentence.document.isArabic(work.tokens[start])
        let end = noun.range.upperBound
        if arabic, let agent = work.actors.first(where: { $0.range.lowerBound == end }) { // "بدعم حرب روسيا في أوكرانيا"
            return agent.ids.count == 1 && context.kind(agent.ids[0]) == .state ? agent : nil
        }
        if arabic, let nisba = work.spanIndex(startingAt: end), case .nisba(let state) = work.spans[nisba].value { // "دعم الحرب الروسية"
            return Actor(ids: [state], range: work.spans[nisba].range, clitic: "", source: .name)
        }
        let possessed = arabic ? work.endsWithPronoun(noun.range.upperBound - 1, among: lexicon.pronounSuffixes) : start > index
        guard possessed, work.token(end, isOneOf: lexicon.keywords.locative),
              let place = work.actors.first(where: { $0.range.lowerBound == end + 1 }), place.ids.count == 1 else { return nil }
        let agents = (lexicon.warAgents[place.ids[0]] ?? []).filter { warTarget(of: $0, context: context) == place.ids[0] && context.hasNamed(state: $0) }
        guard agents.count == 1 else { return nil }
        return Actor(ids: agents, range: noun.range, clitic: "", source: .anaphora)
    }
}
