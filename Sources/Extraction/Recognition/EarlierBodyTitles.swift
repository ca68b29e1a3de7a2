import EntityGraph

/// A title that ends with a bare body word and names no office after it ("قائد الجيش الفريق أول
/// عبد الفتاح البرهان" after "الجيش السوداني"): the body is the one of that kind the story named
/// last with its state, and the role is held in that state, as "قائد الجيش السوداني" holds it.
extension RoleRecognizer {
    /// The state of the body the story named last, of the institution kind one of whose
    /// `anaphor_forms` the Arabic title `span` (two words or more) ends with, the article written;
    /// nil when none was named.
    func earlierBodysState(endingTitle span: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard span.range.count > 1, work.sentence.document.startsWithArticle(work.tokens[span.range.upperBound - 1]) else { return nil }
        let last = NameFolding.fold(work.sentence.text(of: span.range.upperBound - 1))
        guard let kind = lexicon.institutions.keys.sorted().first(where: { id in
            lexicon.institutions[id]!.anaphor_forms?.contains { NameFolding.fold($0) == last } == true
        }) else { return nil }
        return context.stateOfLastBody(ofKind: kind)
    }
}
