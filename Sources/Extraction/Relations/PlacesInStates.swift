import EntityGraph

/// A place written with a noun of its kind and the state it lies in: "مقاطعة بيلغورود الروسية",
/// "جيب كالينينغراد الروسي" (noun, place, nisba), "the Ukrainian city of Kharkiv" (nisba, noun,
/// "of", place) and "Russia's Kursk region" (state, possessive, place, noun) → located_in. Without
/// the noun a nisba after a place may qualify a word before it ("قصف خاركيف الروسي" is a Russian
/// shelling), so none is read.
extension StructuralPatterns {
    /// Emits located_in for every named place the words around it put in a state.
    func placesInStates(_ work: SentenceWork, context: DocumentContext) {
        for place in work.actors where place.source == .name && context.kind(place.ids[0]) == .place {
            guard let (state, tokens) = stateNamed(with: place, work, context: context) else { continue }
            context.emit(place.ids[0], .locatedIn, state, sentence: work.sentence, tokens: tokens, rule: "place_in_state", confidence: 0.8)
        }
    }

    /// The state the words around a place put it in, and the tokens that say so.
    private func stateNamed(with place: Actor, _ work: SentenceWork, context: DocumentContext) -> (String, ClosedRange<Int>)? {
        let start = place.range.lowerBound, end = place.range.upperBound
        if work.token(start - 1, isIn: .placeNouns, lexicon: lexicon), let next = work.spanIndex(startingAt: end),
           case .nisba(let state) = work.spans[next].value {
            return (state, (start - 1)...(work.spans[next].range.upperBound - 1))
        }
        if work.token(start - 1, is: lexicon.keywords.of), work.token(start - 2, isIn: .placeNouns, lexicon: lexicon),
           let nisba = work.spans.last(where: { $0.range.upperBound == start - 2 }), case .nisba(let state) = nisba.value {
            return (state, nisba.range.lowerBound...(end - 1))
        }
        if work.token(end, isIn: .placeNouns, lexicon: lexicon), let owner = work.actor(endingBefore: start, gap: 2),
           work.adjoins(owner.range.upperBound, start), owner.range.upperBound < start, context.kind(owner.ids[0]) == .state {
            return (owner.ids[0], owner.range.lowerBound...end)
        }
        return nil
    }
}
