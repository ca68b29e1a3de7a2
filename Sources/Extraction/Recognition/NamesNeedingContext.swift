import EntityGraph

/// People's one-word Arabic names that are also common words (`ar_in_context`: "المنفي" folds
/// like "المنفى", exile, in "تعيش في المنفى"): such a name is read as the person only right after
/// a title, a nisba or a title and its office ("رئيس المجلس الرئاسي الليبي المنفي"), or when the
/// document names the person by another name, before or after (a headline's "البرهان يصل"
/// before the body's "عبد الفتاح البرهان"); a capital's or a town's such name ("كابل", also a
/// cable; "نوك", also "بنوك", banks) only in a document that names its state or the place it lies
/// in ("أفغانستان", "الأفغاني", "غرينلاند"); a body's short name ("مجلس التعاون") right after a
/// title or in a document that names it by a longer name. Otherwise the span is dropped.
/// One per document: it remembers what it found.
final class NamesNeedingContext {
    private let lexicon: Lexicon
    private let sentences: [Sentence]
    /// Whether the document names an entity by another of its names, per entity asked about.
    private var namedOtherwise: [String: Bool] = [:]

    /// A reader for the sentences of one document.
    init(lexicon: Lexicon, sentences: [Sentence]) {
        self.lexicon = lexicon
        self.sentences = sentences
    }

    /// Drops the spans of such names read out of context.
    func apply(_ work: SentenceWork) {
        let outOfContext = work.spans.indices.filter { isOutOfContext(work.spans[$0], work) }
        guard !outOfContext.isEmpty else { return }
        work.spans = work.spans.enumerated().filter { !outOfContext.contains($0.offset) }.map(\.element)
    }

    private func isOutOfContext(_ span: Span, _ work: SentenceWork) -> Bool {
        guard case .entity(let id) = span.value, let names = lexicon.entities[id]?.namesNeedingContext, !names.isEmpty else { return false }
        let written = String(span.range.map { NameFolding.fold(work.sentence.text(of: $0)) }.joined(separator: " ").dropFirst(span.clitic.count))
        guard names.contains(written) else { return false }
        if continuesLatinName(after: span, work) { return true } // "Anwar al-Tamimi" is not "Anwar" Ibrahim
        switch work.span(endingAt: span.range.lowerBound) {
        case let before? where before.value.isNisba || before.value.isTitle || isTitledOffice(before, work): return false
        default: return !isNamedOtherwise(id, longerThan: span.range.count)
        }
    }

    /// Whether a span names an office right after a title ("رئيس المجلس الرئاسي الليبي المنفي").
    private func isTitledOffice(_ span: Span, _ work: SentenceWork) -> Bool {
        guard case .entity = span.value, let title = work.span(endingAt: span.range.lowerBound) else { return false }
        return title.value.isTitle
    }

    /// Whether a sentence of the document names the entity by a name of more words than `length`
    /// (a person by one of more than one word), or the state of a capital (the place a town lies
    /// in: Greenland for "نوك") by its name or nisba.
    private func isNamedOtherwise(_ id: String, longerThan length: Int) -> Bool {
        if let known = namedOtherwise[id] { return known }
        let state = lexicon.entities[id].flatMap { $0.capitalOf ?? ($0.kind == .place ? $0.locatedIn : nil) }
        let found = sentences.contains { sentence in
            sentence.tokens.indices.contains { index in
                guard sentence.tokens[index].isWord,
                      let match = lexicon.phrases.matchWithClitics(sentence.tokens, at: index, text: sentence.document) else { return false }
                return match.length > length && match.value == .entity(id) || state.map { match.value == .entity($0) || match.value == .nisba($0) } == true
            }
        }
        namedOtherwise[id] = found
        return found
    }

    /// Whether a capitalised Latin word or a name particle ("al", "bin") follows a Latin name: the
    /// name is the first word of another person's.
    private func continuesLatinName(after span: Span, _ work: SentenceWork) -> Bool {
        let next = span.range.upperBound
        guard next < work.tokens.count, work.tokens[next].isWord, !work.sentence.document.isArabic(work.tokens[span.range.lowerBound]) else { return false }
        let word = work.sentence.text(of: next)
        return word.unicodeScalars.first?.isLatinCapital == true || ["al", "bin", "ibn", "el"].contains(word)
    }
}
