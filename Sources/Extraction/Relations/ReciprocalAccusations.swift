import EntityGraph

/// Accusations two or more states trade ("Iran and Pakistan have long accused each other of
/// allowing militants to operate", "تبادلت إيران وباكستان الاتهامات"): each criticises the
/// others, and what they allege names no joint deed of theirs; likewise sanctions they trade
/// ("Both countries expelled each other's top diplomats"): each sanctions the others.
extension FramePatterns {
    /// Emits criticism (or sanctions) in both directions between the states joined as the subject
    /// of a criticism (or sanction) verb followed by a reciprocal pronoun (list `reciprocal_words`:
    /// "each other", "one another"), right before it or the main subject of its clause ("The two
    /// neighbours share a border and have long accused each other"), and, for accusations, silences
    /// the event words of the rest of the clause, the allegation; the states become the sentence's
    /// enumeration and, two of them, a pair the document is about. (Traded accusations, "تبادلت ...
    /// الاتهامات", are frame `trade_accusations`.)
    func readReciprocalAccusations(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans {
            guard case .trigger(let frameIndex) = span.value, case let type = RelationType(lexicon.frames[frameIndex].type),
                  [.criticizes, .sanctions].contains(type),
                  let end = reciprocalEnd(after: span.range.upperBound, work),
                  let subject = work.actors.last(where: { $0.range.upperBound <= span.range.lowerBound && span.range.lowerBound - $0.range.upperBound <= 3 })
                    ?? work.actors.first.flatMap({ work.isPrepositional($0) || $0.range.upperBound > span.range.lowerBound ? nil : $0 }),
                  !work.hasClauseBreak(subject.range.upperBound..<span.range.lowerBound) else { continue }
            var states: [String] = []
            for id in work.coordinatedBefore(subject, keywords: lexicon.keywords, kind: context.kind).ids.map(context.actingEntity)
            where !states.contains(id) && [.state, .organization, .alliance].contains(context.kind(id)) {
                states.append(id)
            }
            guard states.count >= 2 else { continue }
            work.enumeration = states
            context.countCoSubjects(states)
            for one in states {
                for other in states where other != one {
                    context.emit(one, type, other, sentence: work.sentence, tokens: subject.range.lowerBound...(end - 1),
                                 rule: type == .criticizes ? "reciprocal_accusation" : "reciprocal_sanction", confidence: 0.7)
                }
            }
            guard type == .criticizes else { continue }
            let clauseEnd = (end..<work.tokens.count).first { work.isClauseBreak($0) || work.isFullStop($0) } ?? work.tokens.count
            for position in work.spans.indices where (end..<clauseEnd).contains(work.spans[position].range.lowerBound) && work.spans[position].isEventWord {
                work.spans[position].value = .function("reciprocal_allegation")
            }
        }
    }

    /// The token after the words of list `reciprocal_words` right after `index` ("each other"),
    /// if they stand there.
    private func reciprocalEnd(after index: Int, _ work: SentenceWork) -> Int? {
        var end = index
        while end < min(work.tokens.count, index + 2), work.token(end, isInWordList: "reciprocal_words", lexicon: lexicon) { end += 1 }
        return end - index == 2 ? end : nil
    }
}
