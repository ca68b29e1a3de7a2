import EntityGraph

/// An attack named with no attacker after a word of list `during_words` ("Poland shot down
/// Russian drones that entered its airspace during an attack on Ukraine", "خلال هجوم على
/// أوكرانيا"): the state of the armed forces named last before that word, in the same sentence,
/// attacks; not when "by" names the attacker after it. Not a meeting or any other event: only
/// the forces' own deed. Words between may be articles, adjectives and time words ("during an
/// overnight attack").
extension FramePatterns {
    /// How many words (articles, adjectives) may stand between the word and the attack.
    private static let longestQualifier = 3
    /// How far after the attack an agent after "by" is looked for ("an attack on Kharkiv by
    /// gunmen": no one named is the attacker).
    private static let agentReach = 6

    /// The state whose armed forces do the attack a nominal trigger names, if the trigger follows
    /// a word of `during_words` and armed forces were named before it.
    func attackerBeforeDuring(_ trigger: Span, frame: LexiconFiles.Frame, _ work: SentenceWork, context: DocumentContext) -> String? {
        let after = trigger.range.upperBound..<min(trigger.range.upperBound + Self.agentReach, work.tokens.count)
        guard RelationType(frame.type) == .attacks, trigger.range.lowerBound >= 1,
              !after.contains(where: { work.token($0, is: lexicon.keywords.by) }) else { return nil }
        let duringBit = lexicon.wordLists.bit("during_words")
        let isDuring = { (index: Int) in index >= 0 && work.tokens[index].wordLists & duringBit != 0 }
        var during = trigger.range.lowerBound - 1
        while during >= 0, trigger.range.lowerBound - during <= Self.longestQualifier, !isDuring(during) {
            guard work.tokens[during].isWord, work.startsNoNameSpan(at: during) else { return nil }
            during -= 1
        }
        guard isDuring(during),
              let forces = work.actors.last(where: { $0.range.upperBound <= during && $0.ids.count == 1 && context.isArmedForce($0.ids[0]) })
        else { return nil }
        return context.state(of: forces.ids[0])
    }
}
