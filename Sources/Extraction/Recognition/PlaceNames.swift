import EntityGraph

/// Places the lexicon does not know, named after a noun of list `place_name_nouns`: in Arabic
/// one word after the noun in construct ("مدينة تيانجين الساحلية", "بجزيرة فايندلو"), a word the
/// lexicon does not know, with no article and not ending like an adjective agreeing with the
/// noun (ة, ي: "مدينة حدودية", "بلدة كبيرة" name no place); in English one to three
/// capitalised words after "of" ("the city of Gyumri", "the port of Ust-Luga"). The place gets a
/// span of its own, and its name is matched in the rest of the document.
struct PlaceNames {
    let lexicon: Lexicon

    /// Adds a span for each place named after a place noun.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        var found: [Span] = []
        for index in work.tokens.indices where work.token(index, isIn: .placeNameNouns, lexicon: lexicon) {
            guard let name = arabicName(after: index, work) ?? englishName(after: index, work),
                  !work.spans.contains(where: { $0.range.overlaps(name) }) else { continue }
            found.append(Span(range: name, value: .entity(context.discoverPlace(work.sentence, name)), clitic: ""))
        }
        work.addSpans(found)
    }

    /// The unknown word after an Arabic place noun without the article, if it reads as a name.
    private func arabicName(after index: Int, _ work: SentenceWork) -> Range<Int>? {
        let text = work.sentence.document
        let name = index + 1
        guard name < work.tokens.count, text.isArabic(work.tokens[index]), !text.startsWithArticle(work.tokens[index]), isUnknownWord(name, work), text.isArabic(work.tokens[name]),
              !text.startsWithArticle(work.tokens[name]), !text.ends(work.tokens[name], with: "ة"),
              !text.ends(work.tokens[name], with: "ي"), !text.ends(work.tokens[name], with: "ى") else { return nil }
        return name..<(name + 1)
    }

    /// The capitalised words after an English place noun and "of", if any.
    private func englishName(after index: Int, _ work: SentenceWork) -> Range<Int>? {
        guard work.token(index + 1, is: lexicon.keywords.of) else { return nil }
        let start = index + 2
        var end = start
        while end < work.tokens.count, end - start < 3, isUnknownWord(end, work),
              work.sentence.text(of: end).unicodeScalars.first?.isLatinCapital == true {
            end += 1
            if PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, end), work.tokens[end + 1].isWord { end += 2 }
        }
        return end > start ? start..<end : nil
    }

    /// Whether token `index` is a word that starts no span and that no lexicon phrase or function
    /// list holds.
    private func isUnknownWord(_ index: Int, _ work: SentenceWork) -> Bool {
        guard index < work.tokens.count, work.tokens[index].isWord, work.tokens[index].number < 0,
              work.spanIndex(startingAt: index) == nil else { return false }
        return work.tokens[index].word >= Int32(lexicon.words.count)
    }
}
