import EntityGraph

/// An Arabic event noun after a preposition ("سترد روسيا على نشر صواريخ أمريكية"): its agent
/// is the nisba of what it names, not the subject of the clause.
extension FramePatterns {
    /// Whether an Arabic event word stands after a preposition, as a word of its own ("على نشر")
    /// or a proclitic ("بنشر"): a noun of the event, not a verb with its own subject.
    func isMasdarAfterPreposition(_ trigger: Span, _ work: SentenceWork) -> Bool {
        !isEnglish(trigger, work) && (work.token(trigger.range.lowerBound - 1, isOneOf: lexicon.keywords.prepositions)
            || ArabicClitics.endsWithPreposition(trigger.clitic, "ب") || ArabicClitics.endsWithPreposition(trigger.clitic, "ل"))
    }
}
