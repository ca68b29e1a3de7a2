import EntityGraph

/// A person who speaks or stands beside another in public ("Speaking in London alongside his
/// Polish counterpart Wladyslaw Kosiniak-Kamysz, Healey said", "Healey, speaking alongside
/// Kosiniak-Kamysz, said"): the two met. The participle is a phrase of list
/// `appearance_participles`, followed in its clause by a phrase of `co_subject_markers` and the
/// person named within six words after it; the one beside them is the first person named after
/// the comma that closes a clause opening the sentence, or the person right before the comma
/// that opens the participle's clause.
extension StructuralPatterns {
    /// Emits `met_with` between the two people of each such appearance.
    func jointAppearances(_ work: SentenceWork, context: DocumentContext) {
        for participle in work.spans where participle.value == .function("appearance_participles") {
            let start = participle.range.upperBound
            guard let marker = work.spans.first(where: { $0.value == .function("co_subject_markers") && (start..<start + 4).contains($0.range.lowerBound) }),
                  !work.hasClauseBreak(start..<marker.range.lowerBound),
                  let partner = work.actors.first(where: { actor in
                      (marker.range.upperBound..<marker.range.upperBound + 6).contains(actor.range.lowerBound) && context.kind(actor.ids[0]) == .person
                  }),
                  let speaker = speaker(beside: participle, after: partner, work, context: context),
                  speaker != partner.ids[0] else { continue }
            context.emit(speaker, .metWith, partner.ids[0], sentence: work.sentence,
                         tokens: min(participle.range.lowerBound, partner.range.lowerBound)...max(partner.range.upperBound, participle.range.upperBound) - 1,
                         rule: "joint_appearance", confidence: 0.6)
        }
    }

    /// The person who appears: after the comma closing the clause when the participle opens the
    /// sentence, else the one right before the comma in front of the participle.
    private func speaker(beside participle: Span, after partner: Actor, _ work: SentenceWork, context: DocumentContext) -> String? {
        let isPerson = { (actor: Actor) in context.kind(actor.ids[0]) == .person }
        if participle.range.lowerBound == 0 {
            guard let comma = (partner.range.upperBound..<work.tokens.count).first(where: { work.isClauseBreak($0) }),
                  let main = work.actors.first(where: { $0.range.lowerBound > comma }), isPerson(main),
                  !work.hasClauseBreak((comma + 1)..<main.range.lowerBound) else { return nil }
            return main.ids[0]
        }
        let comma = participle.range.lowerBound - 1
        guard [",", "،"].contains(work.tokens[comma].mark), let before = work.actor(endingBefore: comma, gap: 0), isPerson(before) else { return nil }
        return before.ids[0]
    }
}
