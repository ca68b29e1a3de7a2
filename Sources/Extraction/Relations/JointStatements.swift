import EntityGraph

/// A joint event the sentence says its subjects acted "in" ("أكد وزراء خارجية مصر والأردن
/// والسعودية ...، السبت، رفضهم ...، وذلك في بيان مشترك", "said in a joint statement"): its
/// parties are the two or more actors the sentence opens with, unless another subject comes
/// between them and the statement.
extension FramePatterns {
    /// The list of two or more actors that opens the sentence, when a word of cooperation comes
    /// right after "في" / "in" (an article between allowed).
    func jointEventSubjects(of trigger: Span, frame frameIndex: Int, _ work: SentenceWork) -> (ids: [String], start: Int)? {
        guard RelationType(lexicon.frame(frameIndex).type) == .cooperatesWith else { return nil } // not "في زيارة مشتركة": they travel together
        var before = trigger.range.lowerBound - 1
        if work.token(before, isOneOf: lexicon.keywords.articles) { before -= 1 }
        guard before >= 0, work.token(before, is: lexicon.keywords.inside) || work.sentence.text(of: before).lowercased() == "in",
              let main = work.actors.first, main.range.upperBound <= before, !work.isPrepositional(main) else { return nil }
        let list = work.coordinated(from: main, keywords: lexicon.keywords)
        // "وأدانت قطر والسعودية الهجوم، وأكدت وزارة الخارجية القطرية في بيان": another subject's statement.
        let otherSubject = work.actors.contains { $0.range.lowerBound >= list.end && $0.range.upperBound <= before && !work.isPrepositional($0) }
        return list.ids.count >= 2 && list.end <= before && !otherSubject ? (list.ids, main.range.lowerBound) : nil
    }
}
