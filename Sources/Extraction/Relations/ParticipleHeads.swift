import EntityGraph

/// The noun a participle of backing qualifies ("a railway project funded by India", "جماعات مدعومة
/// من إيران"), unless that noun describes the actor before it in apposition ("Alexander Ankvab, the
/// candidate backed by Russia,", "بادرا غونبا، المرشح المدعوم من موسكو").
extension FramePatterns {
    /// Whether the participle `trigger` qualifies a plain noun rather than `nearest`, the actor
    /// before it: an English one as `qualifiesOtherNoun` reads it; an Arabic participle (written
    /// with م, not "بدعم من") right after a plain word; not when one to three plain words after a
    /// comma that closes `nearest` stand before the participle, a noun in apposition.
    func qualifiesNoun(otherThan nearest: Actor, _ trigger: Span, _ work: SentenceWork) -> Bool {
        let head = trigger.range.lowerBound - 1, comma = nearest.range.upperBound
        if work.isComma(comma), (1...3).contains(head - comma),
           ((comma + 1)...head).allSatisfy({ index in work.tokens[index].isWord && !work.actors.contains { $0.range.contains(index) } }) {
            return false
        }
        let participle = NameFolding.fold(work.sentence.text(of: trigger.range.lowerBound)).dropFirst(trigger.clitic.count)
        let arabicAfterNoun = !isEnglish(trigger, work) && (participle.hasPrefix("م") || participle.hasPrefix("الم")) && head >= 0
            && work.tokens[head].isWord && !work.actors.contains(where: { $0.range.contains(head) })
        return arabicAfterNoun || qualifiesOtherNoun(trigger, nearest, work)
    }

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
