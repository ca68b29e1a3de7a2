import EntityGraph

/// People the lexicon does not know, named after a noun that describes a person and is no title
/// (list `person_name_nouns`) or after an Arabic military rank (word list `military_ranks`:
/// "العقيد مايكل راندريانيرينا"): in English two or three capitalised words right after it ("the
/// far-right candidate Calin Georgescu", "activist Maria Kolesnikova") that no phrase of the
/// lexicon covers and no function list holds; in Arabic a known given name within six words
/// after it and an unknown word after that ("الباحث في مركز كارنيغي ألكسندر بونوف",
/// "الخبير العسكري الأوكراني أوليغ جدانوف"; a given name spelled like a place too: "صديقته
/// الروسية صوفيا سابيغا", and a surname spelled like a bare nisba or a word of a known name:
/// "باتريك إرميني"), or any name right after the nisbas that qualify the noun ("الكاتب الفرنسي
/// الجزائري بوعلام صنصال"). The name gets a span of its own, and is matched in the rest of the
/// document.
struct PeopleAfterDescriptors {
    let lexicon: Lexicon

    /// Adds a span for each name after one of the nouns.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        let rank = lexicon.wordLists.bit("military_ranks")
        let nounEnds = work.spans.filter { $0.value == .function("person_name_nouns") }.map(\.range.upperBound)
            + work.tokens.indices.filter { work.tokens[$0].wordLists & rank != 0 }.map { $0 + 1 }
        let found = nounEnds.compactMap { end -> Span? in
            guard let name = name(after: end, work, context: context),
                  !work.spans.contains(where: { $0.range.overlaps(name) && !isPlaceNamedLikeGivenName($0, work, context: context)
                                                && !isSurname($0, endingAt: name.upperBound, context: context)
                                                && !($0.range.lowerBound == name.upperBound - 1 && isNisbaSurname(at: $0.range.lowerBound, work)) })
            else { return nil }
            return Span(range: name, value: .entity(context.discoverPerson(work.sentence, name)), clitic: "")
        }
        guard !found.isEmpty else { return }
        work.spans.removeAll { span in found.contains { $0.range.overlaps(span.range) } }
        work.addSpans(found)
    }

    /// The name after a descriptive noun ending before token `end` (its abbreviation's period
    /// skipped), in either language.
    private func name(after end: Int, _ work: SentenceWork, context: DocumentContext) -> Range<Int>? {
        let start = end < work.tokens.count && work.tokens[end].mark == "." ? end + 1 : end // "Gen. Horta Inta-A"
        guard start < work.tokens.count else { return nil }
        return work.sentence.document.isArabic(work.tokens[start]) ? arabicName(after: start, work)
            : englishName(after: start, work, context: context)
    }

    /// A known given name within six words from token `start`, no mark before it, and an Arabic
    /// word without the article after it, unknown, a bare nisba or a word of a known name (the surname, with
    /// the second word of a compound family name: "سلفادور نصر الله"); or two unknown words without the
    /// article right after the noun, or after one definite word it governs, and before a comma or a
    /// full stop; or, after the nisbas that qualify the noun, a name as a title's holder is read
    /// ("الكاتب الفرنسي الجزائري بوعلام صنصال").
    private func arabicName(after start: Int, _ work: SentenceWork) -> Range<Int>? {
        let text = work.sentence.document
        var first = start
        while let nisba = work.spanIndex(startingAt: first), work.spans[nisba].value.isNisba { first = work.spans[nisba].range.upperBound }
        if first > start, work.spanIndex(startingAt: first) == nil, let length = RoleRecognizer(lexicon: lexicon).nameLength(work, from: first) {
            return first..<(first + length)
        }
        // "الصحفية مزيا أماغلوبيلي، مؤسسة ...", "مرشح المعارضة أدغور أردزينبا.": two unknown words the noun's comma closes, after
        // the noun or one definite word it governs, are a name, its given name unknown.
        for first in [start, start + 1] where first == start || isGovernedDefiniteWord(at: start, work) {
            if first + 2 < work.tokens.count, work.tokens[first + 2].mark.map({ "،,.".unicodeScalars.contains($0) }) == true,
               (first..<(first + 2)).allSatisfy({ work.isUnknownWord($0) && text.isArabic(work.tokens[$0]) && !text.startsWithArticle(work.tokens[$0]) }) {
                return first..<(first + 2)
            }
        }
        var given = start
        while given < min(start + 6, work.tokens.count), work.tokens[given].isWord, !lexicon.givenNames.contains(work.tokens[given].word) { given += 1 }
        guard given < min(start + 6, work.tokens.count), work.tokens[given].isWord,
              work.spanIndex(startingAt: given).map({ work.spans[$0].range.count == 1 }) ?? true else { return nil }
        let surname = given + 1
        guard surname < work.tokens.count, work.isUnknownWord(surname) || isNisbaSurname(at: surname, work) || work.isFreeKnownWord(surname),
              text.isArabic(work.tokens[surname]), !text.startsWithArticle(work.tokens[surname]) else { return nil }
        // "سلفادور نصر الله": a compound family name is read whole.
        return given..<(surname + (work.endsCompoundName(at: surname + 1) ? 2 : 1))
    }

    /// Whether token `index` is an Arabic word with the article that no name, nisba or title covers:
    /// the genitive a noun of a person governs ("مرشح المعارضة").
    private func isGovernedDefiniteWord(at index: Int, _ work: SentenceWork) -> Bool {
        index < work.tokens.count && work.tokens[index].isWord && work.sentence.document.startsWithArticle(work.tokens[index])
            && !work.spans.contains { $0.range.contains(index) && $0.value.isName }
    }

    /// Whether a bare one-word nisba stands at token `index`, where a surname is read ("باتريك
    /// إرميني": Herminie, not Armenian).
    private func isNisbaSurname(at index: Int, _ work: SentenceWork) -> Bool {
        guard let span = work.spanIndex(startingAt: index).map({ work.spans[$0] }) else { return false }
        return span.value.isNisba && span.range.count == 1 && span.clitic.isEmpty
    }

    /// Whether a span is a place of one word that is also a given name ("صوفيا" before a surname).
    private func isPlaceNamedLikeGivenName(_ span: Span, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard span.range.count == 1, case .entity(let id) = span.value, context.kind(id) == .place else { return false }
        return lexicon.givenNames.contains(work.tokens[span.range.lowerBound].word)
    }

    /// Whether a span is a known person's one-word name ending a longer name at token `end`: a
    /// namesake's surname ("his son Nicolas Petro" is not Gustavo Petro).
    private func isSurname(_ span: Span, endingAt end: Int, context: DocumentContext) -> Bool {
        guard span.range.count == 1, span.range.upperBound == end, case .entity(let id) = span.value else { return false }
        return context.kind(id) == .person
    }

    /// Whether token `index` is a capitalised Latin word in no phrase and no function list: a word
    /// of a name the lexicon does not know.
    func isUnknownCapitalisedWord(_ index: Int, _ work: SentenceWork) -> Bool {
        index >= 0 && index < work.tokens.count && work.sentence.text(of: index).unicodeScalars.first?.isLatinCapital == true
            && work.spanIndex(startingAt: index) == nil && !lexicon.isAnyFunctionWord(work.tokens[index].word)
    }

    /// Two or three capitalised English words from token `start`, none in a phrase or a function
    /// list (the last may be a known person's surname), with no such word right after them.
    func englishName(after start: Int, _ work: SentenceWork, context: DocumentContext) -> Range<Int>? {
        var end = start
        while end - start < 3, isUnknownCapitalisedWord(end, work) { end += 1 }
        // "Gen. Horta Inta-A", "General Horta N'Tam": a hyphenated surname or one with an apostrophe, read as a title's holder's is.
        if end > start, work.tokens.indices.contains(end),
           PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, end) || PhraseTable<LexiconValue>.isGluedApostrophe(work.tokens, end),
           let length = RoleRecognizer(lexicon: lexicon).nameLength(work, from: start), length > end - start,
           !work.spans.contains(where: { $0.range.overlaps(start..<(start + length)) }) {
            return start..<(start + length)
        }
        if end > start, end - start < 3, let surname = work.spanIndex(startingAt: end),
           isSurname(work.spans[surname], endingAt: end + 1, context: context),
           work.sentence.text(of: end).unicodeScalars.first?.isLatinCapital == true { end += 1 }
        return end - start >= 2 && !isUnknownCapitalisedWord(end, work) ? start..<end : nil
    }
}
