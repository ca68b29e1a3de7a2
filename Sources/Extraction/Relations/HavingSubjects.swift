import EntityGraph

/// The holder of an event noun said to be had: in English the actor right before "has", "have",
/// "had" or "maintains" (an adverb such as "still" allowed), the noun after an article and up to
/// two adjectives, no participle ("France still has a permanent military presence in Djibouti";
/// not "he had discussed the war"); in Arabic the
/// actor joined by ل right before an indefinite noun ("لفرنسا وجود عسكري في جيبوتي").
extension FramePatterns {
    /// Folded English verbs of having.
    private static let havingVerbs: Set<String> = ["has", "have", "had", "maintains", "maintain", "maintained"]

    /// The actor holding the event noun `trigger`, if such a clause says so.
    func havingSubject(of trigger: Span, _ work: SentenceWork) -> Actor? {
        let start = trigger.range.lowerBound
        if work.sentence.document.isArabic(work.tokens[start]) {
            guard trigger.clitic.isEmpty, !work.sentence.document.startsWithArticle(work.tokens[start]),
                  let owner = work.actor(endingBefore: start, gap: 0), ArabicClitics.endsWithPreposition(owner.clitic, "ل") else { return nil }
            return owner
        }
        var cursor = start - 1
        var skipped = 0
        while cursor > 0, skipped < 3, work.tokens[cursor].isWord, work.startsLatin(cursor, capital: false),
              !Self.havingVerbs.contains(work.sentence.text(of: cursor).lowercased()) { (cursor, skipped) = (cursor - 1, skipped + 1) }
        guard cursor > 0, Self.havingVerbs.contains(work.sentence.text(of: cursor).lowercased()) else { return nil }
        // "he had discussed the war": an auxiliary before a participle has nothing.
        let next = work.sentence.text(of: cursor + 1).lowercased()
        if cursor + 1 < start, next.hasSuffix("ed") || next == "been" { return nil }
        let adverb = work.sentence.text(of: cursor - 1).lowercased()
        let before = work.startsLatin(cursor - 1, capital: false) && (adverb.hasSuffix("ly") || adverb == "still") ? cursor - 1 : cursor
        return work.actor(endingBefore: before, gap: 0)
    }
}
