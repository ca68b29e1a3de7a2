import EntityGraph

/// A state's armed force named in a clause that opens with a relative adverb of place after a
/// comma (list `where_words`: "إلى مالي، حيث تنتشر قوات روسية", "Syria, where Russian troops are
/// stationed"), alone or joined to such a force ("قوات روسية وإيرانية"): that state's deployment
/// in the place or state named before the comma; not when the force is the object of another
/// event word there.
extension StructuralPatterns {
    /// Emits deploys_to for each armed force after "حيث" / "where" and the place before it.
    func forcesWhere(_ work: SentenceWork, context: DocumentContext) {
        var listStart: Int?
        for forces in work.actors where context.isArmedForce(forces.ids[0]) {
            let start = listStart.flatMap { work.tokens[$0..<forces.range.lowerBound].allSatisfy(\.isWord) ? $0 : nil } ?? forces.range.lowerBound
            listStart = start
            guard let adverb = (max(0, start - 3)..<start).last(where: { work.token($0, isIn: .whereWords, lexicon: lexicon) }),
                  (adverb + 1..<start).allSatisfy({ work.tokens[$0].isWord }), work.firstActor(in: adverb + 1..<start) == nil,
                  !hasOtherVerb(in: adverb + 1..<start, work),
                  adverb >= 2, [",", "،"].contains(work.tokens[adverb - 1].mark),
                  let place = work.actor(endingBefore: adverb - 1, gap: 0), [.place, .state].contains(context.kind(place.ids[0])),
                  let owner = context.state(of: forces.ids[0]) else { continue }
            let host = context.kind(place.ids[0]) == .place ? context.stateOfPlace(place.ids[0]) : place.ids[0]
            guard let host, host != owner else { continue }
            context.emit(owner, .deploysTo, host, attributes: host == place.ids[0] ? [:] : ["place": place.ids[0]], sentence: work.sentence,
                         tokens: place.range.lowerBound...(forces.range.upperBound - 1), rule: "forces_where", confidence: 0.7)
        }
    }

    /// Whether an event word of another relation than a deployment stands in `range`: the force
    /// after it is that event's object ("حيث اتهموا القوات الروسية بارتكاب جرائم"), not present.
    private func hasOtherVerb(in range: Range<Int>, _ work: SentenceWork) -> Bool {
        work.spans.contains { span in
            guard range.contains(span.range.lowerBound) else { return false }
            switch span.value {
            case .trigger(let frame), .nominalTrigger(let frame): return RelationType(lexicon.frames[frame].type) != .deploysTo
            default: return false
            }
        }
    }
}
