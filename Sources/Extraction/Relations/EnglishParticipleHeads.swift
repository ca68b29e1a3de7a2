import EntityGraph

/// The noun an English participle of backing qualifies ("a railway project funded by India").
extension FramePatterns {
    /// Whether an English participle ("funded by", "backed by") follows a plain word that no
    /// actor holds and no auxiliary is, with `nearest` ending before that word's neighbour: the
    /// participle qualifies that noun ("he and Dissanayake will inaugurate a railway project
    /// funded by India" funds no one), where a group noun right after a name is the name's ("M23
    /// rebels backed by Rwanda") and a passive verb is its subject's ("Nawrocki ... was backed by").
    func qualifiesOtherNoun(_ trigger: Span, _ nearest: Actor, _ work: SentenceWork) -> Bool {
        let head = trigger.range.lowerBound - 1
        guard isEnglish(trigger, work), head >= 0, work.sentence.text(of: trigger.range.lowerBound).hasSuffix("ed"),
              work.tokens[head].isWord, !work.token(head, isIn: .auxiliaries, lexicon: lexicon),
              !work.actors.contains(where: { $0.range.contains(head) }) else { return false }
        return nearest.range.upperBound < head
    }
}
