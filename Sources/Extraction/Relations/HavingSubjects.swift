import EntityGraph

/// The holder of an event noun said to be had: in English the actor right before a word of list
/// `auxiliaries` that is no form of "be" ("has", "had"; another such word or an adverb in "-ly"
/// before it allowed), the noun right after it or after its article and up to two lower-case
/// words ("France still has a permanent military presence in Djibouti"; not "he had discussed the
/// war"); in Arabic the actor joined by ل right before an indefinite noun ("لفرنسا وجود عسكري في
/// جيبوتي").
extension FramePatterns {
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
              !work.token(cursor, isIn: .auxiliaries, lexicon: lexicon) { (cursor, skipped) = (cursor - 1, skipped + 1) }
        // "he had discussed the war", "were seen during an attack": the verb, not a form of "be",
        // right before the noun or its article.
        guard cursor > 0, work.token(cursor, isIn: .auxiliaries, lexicon: lexicon), !work.token(cursor, isIn: .passiveAuxiliaries, lexicon: lexicon),
              cursor + 1 == start || work.token(cursor + 1, isOneOf: lexicon.keywords.articles) else { return nil }
        let adverb = work.token(cursor - 1, isIn: .auxiliaries, lexicon: lexicon)
            || work.isEnglishAdverb(cursor - 1, lexicon: lexicon)
        return work.actor(endingBefore: adverb ? cursor - 1 : cursor, gap: 0)
    }
}
