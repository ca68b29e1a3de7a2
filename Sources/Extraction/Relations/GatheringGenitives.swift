import EntityGraph

/// Telling the actor whose gathering a summit or meeting noun names from the actor that attends it.
extension FramePatterns {
    /// Whether an actor names whose gathering it is: right after a gathering noun ("قمة رابطة
    /// الدول المستقلة"), after one and "of" ("a summit of the CIS"), or before one ("the SCO
    /// summit"). A definite Arabic noun takes no genitive, so an indefinite word right after it
    /// starts the verb's subject ("وحضر اللقاء وزير الخارجية الأمريكي ماركو روبيو").
    func isGenitiveOfGathering(_ actor: Actor, _ work: SentenceWork) -> Bool {
        var before = actor.range.lowerBound - (work.isQuotationMark(actor.range.lowerBound - 1) ? 2 : 1) // 'قمة "المجموعة ..."'
        if work.token(before, isOneOf: lexicon.keywords.articles) { before -= 1 }
        if work.token(before, is: lexicon.keywords.of) { before -= 1 }
        if work.token(before, isOneOf: lexicon.keywords.articles) { before -= 1 }
        return actor.clitic.isEmpty && work.token(before, isIn: .gatheringNouns, lexicon: lexicon) && !isSubjectAfterDefiniteNoun(actor, before, work)
            || work.token(actor.range.upperBound, isIn: .gatheringNouns, lexicon: lexicon)
    }

    /// Whether an actor written without the article follows a definite Arabic noun at `noun`
    /// directly: no construct joins them.
    private func isSubjectAfterDefiniteNoun(_ actor: Actor, _ noun: Int, _ work: SentenceWork) -> Bool {
        let document = work.sentence.document
        return noun == actor.range.lowerBound - 1 && document.startsWithArticle(work.tokens[noun])
            && !document.startsWithArticle(work.tokens[actor.range.lowerBound])
    }
}
