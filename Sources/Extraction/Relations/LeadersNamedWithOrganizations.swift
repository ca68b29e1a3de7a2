import EntityGraph

/// An organisation written with the person who leads it: after the person's English possessive
/// and up to two lower-case words ("Andrej Babis's ANO party", "Orban's Fidesz party",
/// "Prigozhin's Wagner", "Geert Wilders' far-right Freedom Party"), or before "of" and a person
/// the lexicon knows in a role of it ("the D66 party of Rob Jetten").
extension StructuralPatterns {
    /// Emits holds_role from each leader named with an organisation, either way.
    func leadersNamedWithOrganizations(_ work: SentenceWork, context: DocumentContext) {
        ledByPossessor(work, context: context)
        leadersAfterOf(work, context: context)
    }

    /// Emits holds_role (role `leader`) from each person to the organisation after their possessive.
    private func ledByPossessor(_ work: SentenceWork, context: DocumentContext) {
        for body in work.actors where body.ids.count == 1 && body.source == .name && context.kind(body.ids[0]) == .organization {
            let start = afterQualifiers(before: body.range.lowerBound, work)
            guard let length = work.possessiveLength(before: start),
                  let leader = work.actor(endingBefore: start - length, gap: 0), leader.ids.count == 1,
                  leader.source == .name, context.kind(leader.ids[0]) == .person else { continue }
            context.emit(leader.ids[0], .holdsRole, body.ids[0], attributes: ["role": "leader"], sentence: work.sentence,
                         tokens: leader.range.lowerBound...(body.range.upperBound - 1), rule: "led_by_possessor", confidence: 0.7)
        }
    }

    /// Emits holds_role from a person named right after an organisation, "of" and at most one
    /// lower-case word between ("the centrist D66 party of Rob Jetten", "the VVD of Dilan
    /// Yesilgoz"), to that organisation, when the lexicon gives the person a role in it on the
    /// article date: a party "of" someone may be only the one they vote for.
    private func leadersAfterOf(_ work: SentenceWork, context: DocumentContext) {
        for body in work.actors where body.ids.count == 1 && body.source == .name && context.kind(body.ids[0]) == .organization {
            let after = body.range.upperBound
            let of = work.token(after, is: lexicon.keywords.of) ? after : after + 1
            guard work.token(of, is: lexicon.keywords.of),
                  of == after || work.sentence.text(of: after).unicodeScalars.first?.properties.isLowercase == true,
                  let leader = work.actors.first(where: { $0.range.lowerBound == of + 1 }), leader.ids.count == 1,
                  let role = lexicon.entities[leader.ids[0]]?.role(on: context.date, in: body.ids[0])?.role else { continue }
            context.emit(leader.ids[0], .holdsRole, body.ids[0], attributes: ["role": role], sentence: work.sentence,
                         tokens: body.range.lowerBound...(leader.range.upperBound - 1), rule: "leader_after_of", confidence: 0.75)
        }
    }

    /// Where up to two lower-case words (a hyphen may glue them: "far-right") that end right
    /// before token `end` start: the qualifiers between a possessive and the organisation.
    private func afterQualifiers(before end: Int, _ work: SentenceWork) -> Int {
        guard (max(0, end - 6)..<end).contains(where: { work.tokens[$0].mark == "'" || work.tokens[$0].mark == "’" }) else { return end }
        var start = end, words = 0
        while start > 0, words < 2, work.possessiveLength(before: start) == nil {
            let previous = start - 1
            if PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, previous), previous > 0 { start = previous; continue }
            guard work.tokens[previous].isWord, work.sentence.text(of: previous).unicodeScalars.first?.properties.isLowercase == true,
                  !work.actors.contains(where: { $0.range.contains(previous) }) else { break }
            (start, words) = (previous, words + 1)
        }
        return work.possessiveLength(before: start) != nil ? start : end
    }
}
