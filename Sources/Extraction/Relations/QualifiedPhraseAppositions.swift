import EntityGraph

/// Organisations or states spelled out after a noun phrase that a state qualifies in the object
/// slot ("sanctions on Russia's two biggest oil companies, Rosneft and Lukoil", "عقوبات على أكبر
/// شركتين نفطيتين روسيتين، روسنفت ولوك أويل", "on Russia's two closest allies, Belarus and Iran"):
/// they are the object, not the state that qualifies them.
extension FramePatterns {
    /// The first organisation or state after the comma that closes the noun phrase the state
    /// `state` qualifies: its English possessive or nisba and up to five words before the comma
    /// ("Russia's two biggest oil companies,"), or an Arabic nisba right before the comma after a
    /// word of the phrase ("شركتين نفطيتين روسيتين،"), when every actor of the list after the
    /// comma is an organisation or a state and that list ends the sentence or a comma follows it;
    /// nil otherwise, and for an actor that is no state.
    func namedAfterQualifiedPhrase(after state: Actor, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        guard context.kind(state.ids[0]) == .state else { return nil }
        let start = state.range.upperBound + (work.possessiveLength(at: state.range.upperBound) ?? 0)
        guard let comma = (start..<min(start + 6, work.tokens.count)).first(where: { work.isComma($0) }),
              (start..<comma).allSatisfy({ index in work.tokens[index].isWord && !work.actors.contains { $0.range.contains(index) } }),
              comma > start || (state.range.lowerBound > 0 && work.isUncoveredArabicWord(state.range.lowerBound - 1)),
              let first = work.actors.first(where: { $0.range.lowerBound == comma + 1 }) else { return nil }
        let list = work.coordinated(from: first, keywords: lexicon.keywords)
        guard list.ids.allSatisfy({ [.organization, .state].contains(context.kind($0)) }),
              list.end >= work.tokens.count || work.isComma(list.end) || work.tokens[list.end].mark == "." else { return nil }
        return first
    }
}
