import EntityGraph

/// An agreement criticised by its definite noun (list `accord_nouns`: "ندد فوتشيتش بالإعلان",
/// "Moscow condemned the deal", "انتقدت تركيا الاتفاقية"): the states of the agreement the story
/// is about are criticised — those of the last agreement told when they include the pair the story
/// tells most often met or agreed (twice at least), else that pair when told more often than any
/// of the last agreement's ("وكان لبنان قد توصل إلى اتفاق مع إسرائيل" is background) —, else
/// those of the last agreement told, in that sentence or the two before; the sides named after a
/// noun of cooperation or meeting and "between" / "بين" are criticised too.
extension FramePatterns {
    /// The parties of the agreement a definite accord noun at token `index` refers back to, or of
    /// the cooperation named there, if any.
    func partiesOfCriticizedAgreement(at index: Int, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        if let sides = sidesOfCriticizedCooperation(at: index, work) { return sides }
        let english = work.token(index, is: lexicon.keywords.the)
        let noun = english ? index + 1 : index
        guard noun < work.tokens.count, work.token(noun, isInWordList: "accord_nouns", lexicon: lexicon),
              english || ["ال", "بال", "وال", "لل"].contains(where: { NameFolding.fold(work.sentence.text(of: noun)).hasPrefix($0) }),
              let agreement = context.lastAgreement else { return nil }
        let readings = { (pair: [String]) in context.pairReadings[pair.sorted()]?.count ?? 0 }
        // An agreement among three or more counts as often as its most often told pair.
        let told = agreement.states.flatMap { first in agreement.states.filter { $0 > first }.map { readings([first, $0]) } }.max() ?? 0
        let main = context.mainPair.flatMap { pair in
            readings(pair) < 2 ? nil : pair.allSatisfy(agreement.states.contains) ? agreement.states : readings(pair) > told ? pair : nil
        }
        guard let states = main ?? (context.sentenceNumber - agreement.sentence <= 2 ? agreement.states : nil) else { return nil }
        return Actor(ids: states, range: noun..<(noun + 1), clitic: "", source: .anaphora)
    }
}

extension FramePatterns {
    /// The sides named after "between" / "بين" right after a noun of cooperation or meeting (or
    /// ending its phrase: "agreement between"; "the" after it), past an article and up to three
    /// English lowercase words ("criticised the growing military cooperation between Israel, Greece
    /// and Cyprus", "denounced an agreement between the United States and South Korea", "انتقدت
    /// تركيا التعاون بين إسرائيل واليونان"): those criticised.
    private func sidesOfCriticizedCooperation(at index: Int, _ work: SentenceWork) -> Actor? {
        var cursor = work.token(index, isOneOf: lexicon.keywords.articles) ? index + 1 : index
        while cursor < index + 4, work.isPlainLowercaseWord(cursor) { cursor += 1 }
        guard let noun = work.spanIndex(startingAt: cursor), let frame = work.spans[noun].value.frameIndex,
              [.cooperatesWith, .metWith].contains(RelationType(lexicon.frames[frame].type)),
              let between = work.spans[noun].range.last.flatMap({ work.token($0, isOneOf: lexicon.keywords.between) ? $0 : nil }) // "agreement between"
                ?? (work.token(work.spans[noun].range.upperBound, isOneOf: lexicon.keywords.between) ? work.spans[noun].range.upperBound : nil),
              case let side = between + (work.token(between + 1, is: lexicon.keywords.the) ? 2 : 1), // "between the United States"
              let first = work.actors.first(where: { $0.range.lowerBound == side }) else { return nil }
        let sides = work.coordinated(from: first, keywords: lexicon.keywords)
        return sides.ids.count >= 2 ? Actor(ids: sides.ids, range: first.range.lowerBound..<sides.end, clitic: "", source: .name) : nil
    }
}

extension DocumentContext {
    /// The states of the agreement told in this sentence with `pair` added: an agreement among
    /// three states is told as three pairs of one sentence.
    func agreementStates(adding pair: [String]) -> [String] {
        guard let agreement = lastAgreement, agreement.sentence == sentenceNumber else { return pair }
        return agreement.states + pair.filter { !agreement.states.contains($0) }
    }
}
