import EntityGraph

/// A body named bare after the story named it with its state ("اتهم الجيش السوداني ... حربا مع
/// الجيش", "the Lebanese army ... after the army issued a statement"): the same body.
extension InstitutionRecognizer {
    /// The state of the body of `kind` the story named last, when `span` is a bare definite word
    /// of the kind's `anaphor_forms` (with the Arabic article, or after "the").
    func earlierBodysState(_ kind: LexiconFiles.Institution, _ span: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard let forms = kind.anaphor_forms, span.range.count == 1 else { return nil }
        let start = span.range.lowerBound
        let definite = work.sentence.document.isArabic(work.tokens[start])
            ? work.sentence.document.startsWithArticle(work.tokens[start]) : work.token(start - 1, is: lexicon.keywords.the)
        guard definite else { return nil }
        let written = NameFolding.fold(ArabicClitics.withoutProclitic(work.text(span.range), span.clitic))
        guard forms.contains(where: { NameFolding.fold($0) == written }) else { return nil }
        return context.stateOfLastBody(ofKind: kind.id)
    }
}
