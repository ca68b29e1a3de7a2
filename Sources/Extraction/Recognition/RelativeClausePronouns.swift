import EntityGraph

/// English "it" / "they" right after the relative pronoun that opens a clause about an actor set
/// off by a comma ("Turkey is a close ally of Azerbaijan, which it backed in its 2020 war",
/// "Washington has sanctioned Venezuela, which it accuses of drug trafficking"): the pronoun
/// is the subject of the main clause, a state, an organisation or an alliance named first in the
/// sentence, not the actor the clause is about. A pronoun before a speech verb is the clause's
/// speaker, whose clause is about the head ("Pyongyang, which it said violates ...").
extension Coreference {
    /// Adds an actor for each such pronoun.
    func relativeClausePronouns(_ work: SentenceWork, context: DocumentContext) {
        for index in work.tokens.indices where index >= 3 && work.token(index, isIn: .subjectPronouns, lexicon: lexicon) {
            guard !work.sentence.document.isArabic(work.tokens[index]), work.token(index - 1, isIn: .relativePronouns, lexicon: lexicon),
                  work.tokens[index - 2].mark == ",", !work.actors.contains(where: { $0.range.contains(index) }),
                  !work.token(index + 1, isIn: .passiveAuxiliaries, lexicon: lexicon), // "which it was given"
                  work.spanIndex(startingAt: index + 1).map({ work.spans[$0].value == .function(FunctionList.speechVerbs.rawValue) }) != true, // "which it said violates"
                  let head = work.actor(endingBefore: index - 2, gap: 0),
                  let subject = work.actors.first, subject.range.lowerBound <= 1, subject.range.upperBound < head.range.lowerBound,
                  !work.isPrepositional(subject), subject.ids.allSatisfy({ context.kind($0) != .person && !head.ids.contains($0) })
            else { continue }
            work.add(Actor(ids: subject.ids, range: index..<(index + 1), clitic: "", source: .anaphora))
        }
    }
}
