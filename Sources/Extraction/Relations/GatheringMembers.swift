import EntityGraph

/// A gathering said to bring people together ("اجتماعاً ضم وزير الخارجية الأردني ... ونظيره
/// السوري ... والمبعوث الأميركي", "a meeting that brought together A, B and C"), or the people
/// said to take part in it ("وشارك في الاجتماع A، وB، وC"; "A and B attended the talks"): all of
/// them met each other.
extension StructuralPatterns {
    /// Emits met_with between every two people, or every two states, listed right after a word of
    /// list `gathering_members` that follows a gathering noun (list `gathering_nouns`) within two
    /// words, or after an Arabic phrase of `participation_phrases` (before an English one); people
    /// of one state are one side and meet no one of it.
    func gatheringMembers(_ work: SentenceWork, context: DocumentContext) {
        for verb in work.spans where verb.value == .function("gathering_members") {
            let start = verb.range.lowerBound
            guard (max(0, start - 3)..<start).contains(where: { work.token($0, isIn: .gatheringNouns, lexicon: lexicon) }),
                  let first = work.firstActor(in: verb.range.upperBound..<(verb.range.upperBound + 2)) else { continue }
            let list = work.coordinated(from: first, keywords: lexicon.keywords)
            meetEachOther(list.ids, evidence: start...(list.end - 1), work, context: context)
        }
        for phrase in work.spans where phrase.value == .function("participation_phrases") {
            if work.sentence.document.isArabic(work.tokens[phrase.range.lowerBound]) {
                guard let first = work.firstActor(in: phrase.range.upperBound..<(phrase.range.upperBound + 2)) else { continue }
                let list = work.coordinated(from: first, keywords: lexicon.keywords)
                meetEachOther(list.ids, evidence: phrase.range.lowerBound...(list.end - 1), work, context: context)
            } else if let last = work.actor(endingBefore: phrase.range.lowerBound, gap: 0) {
                let list = work.coordinatedBefore(last, keywords: lexicon.keywords, kind: context.kind)
                meetEachOther(list.ids, evidence: list.start...(phrase.range.upperBound - 1), work, context: context)
            }
        }
    }

    /// Emits met_with between every two of `ids` of one kind (people or states) that are not one side.
    private func meetEachOther(_ ids: [String], evidence: ClosedRange<Int>, _ work: SentenceWork, context: DocumentContext) {
        let members = ids.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for (index, one) in members.enumerated() {
            for other in members[(index + 1)...] where context.kind(one) == context.kind(other) && [.person, .state].contains(context.kind(one))
                && !context.areOneSide(one, other) {
                context.emit(one, .metWith, other, sentence: work.sentence, tokens: evidence, rule: "gathering_members", confidence: 0.65)
            }
        }
    }
}
