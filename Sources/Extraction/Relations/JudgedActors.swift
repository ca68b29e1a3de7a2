import EntityGraph

/// The one a judgement written after its object is about ("Russia's moves are unacceptable",
/// "said Norway had acted in breach of the treaty"), for frames whose object comes before the
/// trigger.
extension FramePatterns {
    /// The object of a judgement at token `start`: the doer of the deed judged, else the nearest
    /// actor only, up to three tokens before (not "الإشارة إلى كشمير، معتبرة أنها تنتهك" past the
    /// speaker's own pronoun, nor "what she called «unacceptable»"), else a nisba of the deed
    /// before, else the subject of the reported clause the judgement ends.
    func judgedActor(before start: Int, _ work: SentenceWork, context: DocumentContext, fits: (Actor) -> Bool) -> Actor? {
        doerOfJudgedDeed(before: start, work).flatMap { fits($0) ? $0 : nil }
            ?? work.actors.last { $0.range.upperBound <= start && start - $0.range.upperBound <= 3
                && !work.token($0.range.upperBound, isIn: .namingVerbs, lexicon: lexicon) }.flatMap { fits($0) ? listHead(endingWith: $0, work, context: context) : nil }
            ?? nisbaOfDeedBefore(start, work).flatMap { fits($0) ? $0 : nil }
            ?? subjectOfReportedClause(before: start, work).flatMap { fits($0) ? $0 : nil }
    }

    /// The actor that opens the last clause reported before token `start` as its subject, right
    /// after a complementizer or a verb of speech in the twenty tokens before, "the" allowed
    /// ("told a briefing that Oslo had allowed allied warships to operate near the islands in
    /// breach of"), standing alone before `start` as `standsAlone` reads it.
    private func subjectOfReportedClause(before start: Int, _ work: SentenceWork) -> Actor? {
        guard start > 2, let opening = reportedClauseStarts(in: max(1, start - 20)..<(start - 1), work).first else { return nil }
        let head = work.token(opening, is: lexicon.keywords.the) ? opening + 1 : opening
        guard let subject = work.actors.first(where: { $0.range.lowerBound == head }), standsAlone(subject, before: start, work) else { return nil }
        return subject
    }
}
