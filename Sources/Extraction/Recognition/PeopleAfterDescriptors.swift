import EntityGraph

/// People the lexicon does not know, named in English after a noun that describes a person and
/// is no title (list `person_name_nouns`: "the far-right candidate Calin Georgescu", "activist
/// Maria Kolesnikova"): two or three capitalised words that no phrase of the lexicon covers and
/// no function list holds. The name gets a span of its own, and is matched in the rest of the
/// document.
struct PeopleAfterDescriptors {
    let lexicon: Lexicon

    /// Adds a span for each name after one of the nouns.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        let found = work.spans.compactMap { span -> Span? in
            guard span.value == .function("person_name_nouns"), let name = name(after: span.range.upperBound, work),
                  !work.spans.contains(where: { $0.range.overlaps(name) }) else { return nil }
            return Span(range: name, value: .entity(context.discoverPerson(work.sentence, name)), clitic: "")
        }
        work.addSpans(found)
    }

    /// Two or three capitalised English words from token `start`, none in a phrase or a function
    /// list, with no such word right after them.
    private func name(after start: Int, _ work: SentenceWork) -> Range<Int>? {
        guard start < work.tokens.count, !work.sentence.document.isArabic(work.tokens[start]) else { return nil }
        let isNameWord = { (index: Int) in
            index < work.tokens.count && work.sentence.text(of: index).unicodeScalars.first?.isLatinCapital == true
                && work.spanIndex(startingAt: index) == nil && !self.lexicon.isAnyFunctionWord(work.tokens[index].word)
        }
        var end = start
        while end - start < 3, isNameWord(end) { end += 1 }
        return end - start >= 2 && !isNameWord(end) ? start..<end : nil
    }
}
