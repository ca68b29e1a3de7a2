import EntityGraph

/// An Arabic verb whose prepositional phrase comes before its subject ("ويتمركز في ترانسنيستريا
/// نحو 1500 جندي روسي", "وينتشر في إقليم أبخازيا جنود روس"): the subject follows the phrase.
extension FramePatterns {
    /// The actor of a phrase of one of the frame's prepositions that opens right after the Arabic
    /// verb ending at `end` (after a place noun at most), and the actor up to three words after
    /// it ("نحو خمسة آلاف") that no preposition introduces: the verb's object and subject.
    func frontedPhrase(after end: Int, frame frameIndex: Int, _ work: SentenceWork) -> (object: Actor, subject: Actor)? {
        guard end + 1 < work.tokens.count, work.sentence.document.isArabic(work.tokens[end]),
              lexicon.framePrepositions[frameIndex].contains(work.tokens[end].word),
              let fronted = work.actors.first(where: { $0.range.lowerBound == end + 1 || ($0.range.lowerBound == end + 2 && isPlaceNoun(end + 1, work)) })
        else { return nil }
        let after = fronted.range.upperBound
        // Not a name joined to the fronted one, nor its short name ("عضو في الاتحاد الأفريقي ومجموعة تنمية الجنوب الأفريقي (سادك)",
        // 'عضو في رابطة دول جنوب شرق آسيا "آسيان"').
        guard let subject = work.firstActor(in: after..<(after + 4)), !work.sentence.text(of: subject.range.lowerBound).hasPrefix("و"),
              work.tokens[subject.range.lowerBound - 1].mark != "(", !work.isQuotationMark(subject.range.lowerBound - 1) else { return nil }
        let between = after..<subject.range.lowerBound
        return work.isPrepositional(subject) || work.hasClauseBreak(between) || hasEventWord(in: between, work) ? nil : (fronted, subject)
    }

    /// Whether token `index` is a noun of list `place_name_nouns` or `located_place_name_nouns`
    /// ("في إقليم أبخازيا").
    private func isPlaceNoun(_ index: Int, _ work: SentenceWork) -> Bool {
        work.token(index, isIn: .placeNameNouns, lexicon: lexicon) || work.token(index, isIn: .locatedPlaceNameNouns, lexicon: lexicon)
    }
}
