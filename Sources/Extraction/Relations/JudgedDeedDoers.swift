import EntityGraph

/// The one a judgement closing a content clause judges when the clause opens with a deed named
/// with its doer in a relative clause ("قال إن العملية التي أطلقها الحلف على جناحه الشرقي تمثل
/// «خطوة استفزازية»", "إن العقوبات التي فرضها الاتحاد الأوروبي على إيران غير قانونية"): that
/// doer, not the deed's target named after it.
extension FramePatterns {
    /// The actor right after the verb of a relative clause on the noun that follows the last
    /// complementizer in the twenty tokens before `start` (its quoted name allowed between:
    /// "عملية «الحارس الشرقي» التي أطلقها الحلف"), with no clause break between it and `start`
    /// and any other actor there introduced by a preposition ("على إيران").
    func doerOfJudgedDeed(before start: Int, _ work: SentenceWork) -> Actor? {
        guard let opener = (max(0, start - 20)..<start).last(where: { work.token($0, isIn: .complementizers, lexicon: lexicon) }),
              opener + 4 < start, work.tokens[opener + 1].isWord, !work.actors.contains(where: { $0.range.contains(opener + 1) }) else { return nil }
        let relative = endOfQuotedName(at: opener + 2, work) ?? opener + 2
        guard relative + 2 < start, work.token(relative, isIn: .relativePronouns, lexicon: lexicon), work.tokens[relative + 1].isWord,
              let doer = work.actors.first(where: { $0.range.lowerBound == relative + 2 }), doer.range.upperBound < start,
              !work.hasClauseBreak(doer.range.upperBound..<start) else { return nil }
        let others = work.actors.filter { $0.range.lowerBound >= doer.range.upperBound && $0.range.lowerBound < start }
        return others.allSatisfy { work.token($0.range.lowerBound - 1, isOneOf: lexicon.keywords.prepositions) } ? doer : nil
    }
}
