import EntityGraph

/// The two sides of a relation named after "بين" / "between" and right before a bloc that a
/// phrase of list `framework_markers` introduces ("التعاون بين البلدين في إطار الاتحاد الاقتصادي
/// الأوراسي", "cooperation between Minsk and Moscow within the framework of the CSTO"): members of
/// that bloc, and of each bloc joined to it.
extension StructuralPatterns {
    /// Emits the membership of each side in each bloc so introduced.
    func partiesInFramework(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("framework_markers") {
            guard let sides = work.actor(endingBefore: span.range.lowerBound, gap: 0),
                  let first = work.actors.first(where: { $0.range.lowerBound == span.range.upperBound }),
                  context.kind(first.ids[0]) == .alliance else { continue }
            let parties = sides.ids.count >= 2 ? (ids: sides.ids, start: sides.range.lowerBound)
                : work.coordinatedBefore(sides, keywords: lexicon.keywords, kind: context.kind)
            guard parties.ids.count >= 2, work.token(parties.start - 1, isOneOf: lexicon.keywords.between) else { continue }
            let blocs = work.coordinated(from: first, keywords: lexicon.keywords)
            for bloc in blocs.ids where context.kind(bloc) == .alliance {
                for member in parties.ids.map(context.actingEntity) where context.kind(member) == .state {
                    context.emit(member, .memberOf, bloc, sentence: work.sentence, tokens: (parties.start - 1)...(blocs.end - 1),
                                 rule: "parties_in_framework", confidence: 0.7)
                }
            }
        }
    }
}
