import EntityGraph

/// "الأخيرة" / "الأخير" / "the latter" standing as a noun ("قطعت البيرو علاقاتها مع المكسيك بعد أن
/// منحت الأخيرة حق اللجوء", "talks with Ukraine, the latter said"): the actor named last before
/// it. In Arabic the word is a noun after a word that is not definite (a verb, a preposition, a
/// noun in construct); after a definite one it is an adjective ("زيارته الأخيرة").
extension Coreference {
    /// Adds an actor for each such word: the last actor of its sentence before it that is no
    /// place, else the last person, state, organisation or alliance of the document.
    func latterAnaphora(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("latter_anaphora") {
            let start = span.range.lowerBound
            guard !work.actors.contains(where: { $0.range.overlaps(span.range) }), standsAsNoun(span, work) else { continue }
            let named = work.actors.last { $0.range.upperBound <= start && $0.ids.last.map(context.kind) != .place }
            guard let id = named?.ids.last ?? context.searchBackwards(also: [], { context.kind($0) != .place })
            else { continue }
            work.add(Actor(ids: [id], range: span.range, clitic: span.clitic, source: .anaphora))
        }
    }

    /// Whether the word is English, or Arabic with a proclitic preposition ("للأخيرة") or after
    /// a word that is not definite: a verb, a preposition or a noun in construct ("منحت الأخيرة",
    /// "مع الأخيرة", "زيارة الأخيرة", "زيارة الأخير"); after a definite word (the article, a
    /// pronoun suffix, a name) it is an adjective ("المرة الأخيرة", "زيارته الأخيرة", "زيارة بوتين
    /// الأخيرة").
    private func standsAsNoun(_ span: Span, _ work: SentenceWork) -> Bool {
        let start = span.range.lowerBound
        guard work.sentence.document.isArabic(work.tokens[start]) else { return true }
        if ["ب", "ل"].contains(where: { ArabicClitics.endsWithPreposition(span.clitic, $0) }) { return true }
        guard start > 0, work.tokens[start - 1].isWord, work.tokens[start - 1].number < 0,
              !work.spans.contains(where: { $0.range.contains(start - 1) && $0.value.isName }),
              !work.actors.contains(where: { $0.range.contains(start - 1) }) else { return false }
        let previous = NameFolding.fold(work.sentence.text(of: start - 1))
        let definite = ["ال", "وال", "بال", "لل", "فال", "كال"].contains { previous.hasPrefix($0) }
        return !definite && !work.endsWithPronounSuffix(start - 1, lexicon: lexicon) // "زيارة الأخير" has none
    }
}
