import EntityGraph

/// An armed force as the doer of a frame that has a `forces_type`: troops arriving are deployed
/// ("US troops arrived in Poland", "وصل جنود فرنسيون إلى رومانيا", "قوات بقيادة روسيا تصل إلى
/// كازاخستان"), not visiting. The force is a word of an armed institution (`institutions.json`,
/// `armed`) right before the trigger or its auxiliaries and adverbs (English), right after it (an
/// Arabic verb before its subject), or opening the clause a few words before the subject it is
/// led by or belongs to (an Arabic subject before its verb); not when a person is named between
/// the force and the trigger ("a minister who inspected the troops arrived").
extension FramePatterns {
    /// The relation of `frameIndex` when its doer, the subject found from `subjectStart`, is an
    /// armed force; nil when the frame has none or the doer is no force.
    func forcesType(_ frameIndex: Int, _ trigger: Span, from subjectStart: Int, _ nominal: Bool, _ work: SentenceWork,
                    _ context: DocumentContext) -> RelationType? {
        guard !nominal, let type = lexicon.frames[frameIndex].forces_type else { return nil }
        let start = trigger.range.lowerBound
        if isForce(at: trigger.range.upperBound, work) { return RelationType(type) }
        if work.span(endingAt: afterAuxiliaries(start, work)).map({ lexicon.isArmedInstitution($0.value) }) == true { return RelationType(type) }
        guard subjectStart < start, !isEnglish(trigger, work) else { return nil }
        let opening = (max(0, subjectStart - 7)..<subjectStart).first { index in
            (index == 0 || work.tokens[index - 1].mark != nil) && isForce(at: index, work)
        }
        guard let opening, !work.hasClauseBreak(opening + 1..<start),
              !work.actors.contains(where: { (opening..<start).contains($0.range.lowerBound) && context.kind($0.ids[0]) == .person })
        else { return nil }
        return RelationType(type)
    }

    /// Whether the span starting at `index` is a word of an armed institution.
    private func isForce(at index: Int, _ work: SentenceWork) -> Bool {
        work.spanIndex(startingAt: index).map { lexicon.isArmedInstitution(work.spans[$0].value) } == true
    }
}
