import EntityGraph

/// An Arabic verb in the masculine dual after a meeting of two people in its sentence
/// ("استقبل رئيس الوزراء السويدي أولف كريسترسون زيلينسكي في لينشوبينغ، حيث وقعا خطاب النوايا"):
/// its subject is the two who met, unless it is written right before the verb ("إن البلدين وقعا";
/// a place after a preposition is none: "في بكين ووقعا").
extension FramePatterns {
    /// The two people of the meeting read earlier in this sentence (`SentenceWork.enumeration`,
    /// whatever its date), when the trigger is an Arabic verb whose form is one of the frame's
    /// verbs with the dual's alif added ("وقعا" of "وقع"; not an object pronoun's: "أدانتها"),
    /// both named in the sentence before the trigger.
    func meetingPair(ofDualVerb trigger: Span, frame: LexiconFiles.Frame, _ work: SentenceWork, context: DocumentContext) -> [String]? {
        let pair = work.enumeration
        guard trigger.range.count == 1, pair.count == 2, pair.allSatisfy({ context.kind($0) == .person }),
              work.actor(endingBefore: trigger.range.lowerBound, gap: 0).map({ work.isPrepositional($0) || context.kind($0.ids[0]) == .place }) ?? true,
              work.sentence.document.isArabic(work.tokens[trigger.range.lowerBound]) else { return nil }
        let word = String(NameFolding.fold(work.sentence.text(of: trigger.range.lowerBound)).dropFirst(trigger.clitic.count))
        guard word.count >= 4, word.hasSuffix("ا"), !["تا", "ها", "نا"].contains(where: word.hasSuffix),
              frame.ar.contains(where: { NameFolding.fold($0) == String(word.dropLast()) }),
              pair.allSatisfy({ id in work.actors.contains { $0.ids.contains(id) && $0.range.upperBound <= trigger.range.lowerBound } })
        else { return nil }
        return pair
    }
}
