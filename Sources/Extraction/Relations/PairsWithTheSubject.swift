import EntityGraph

/// A pair anaphor read as a verb's object that holds the verb's own subject ("أن الولايات المتحدة
/// تعمل مع الطرفين" read as Jordan and the United States): the subject deals with the two
/// sides and is none of them, so the reading is wrong and names no object. After "بين" /
/// "between" the pair holds the subject rightly ("تبادل الأسرى بين البلدين").
extension FramePatterns {
    /// Whether `found` is an anaphor of two actors, not after a word of "between", one of them
    /// (or what it acts for) a subject.
    func isPairWithSubject(_ found: Actor, _ subjects: [String], _ work: SentenceWork, context: DocumentContext) -> Bool {
        found.source == .anaphora && found.ids.count == 2 && !work.token(found.range.lowerBound - 1, isOneOf: lexicon.keywords.between)
            && found.ids.contains { subjects.contains(context.actingEntity($0)) || subjects.contains($0) }
    }
}
