import EntityGraph

/// Membership of the states just named, taken up by a pronoun after a comma: "تحد بيلاروسيا
/// بولندا وليتوانيا ولاتفيا، وهي دول أعضاء في حلف الناتو", "...، وجميعها أعضاء في الاتحاد
/// الأوروبي", "..., all of them members of NATO".
extension FramePatterns {
    /// The states named together right before a comma when a pronoun naming them ("وهي",
    /// "وكلها", "all of them") opens the clause of a membership word after that comma, with at
    /// most a member noun between ("وهي دول أعضاء"); nil otherwise, and for a frame whose subject
    /// is the sentence's enumeration when there is one ("ومن الشمال بيلاروس، وكلها جزء من").
    func statesTakenUp(before trigger: Span, frame: LexiconFiles.Frame, _ work: SentenceWork, context: DocumentContext) -> [String]? {
        guard RelationType(frame.type) == .memberOf, frame.list_subject != true || work.enumeration.isEmpty else { return nil }
        var pronounEnd = trigger.range.lowerBound
        if let noun = work.spans.first(where: { $0.range.upperBound == pronounEnd && $0.value == .function("member_nouns") }) {
            pronounEnd = noun.range.lowerBound
        }
        let pronounStart: Int
        if work.token(pronounEnd - 1, isIn: .namingPronouns, lexicon: lexicon) {
            pronounStart = pronounEnd - 1
        } else if let phrase = work.spans.first(where: { $0.range.upperBound == pronounEnd && $0.value == .function("list_anaphora") }) {
            pronounStart = phrase.range.lowerBound
        } else {
            return nil
        }
        let comma = pronounStart - 1
        guard comma > 0, work.tokens[comma].mark == "،" || work.tokens[comma].mark == ",",
              let last = work.actor(endingBefore: comma, gap: 0) else { return nil }
        let states = work.coordinatedBefore(last, keywords: lexicon.keywords, kind: context.kind).ids
        return states.allSatisfy({ context.kind($0) == .state }) ? states : nil
    }
}
