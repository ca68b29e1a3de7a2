import EntityGraph

/// Given names spelled like a city of the lexicon ("President Santiago Peña", "الرئيس
/// سانتياغو بينيا"): a one-word place right where a name starts, followed by a word that no
/// name of the lexicon starts, is the first word of a person's name.
extension RoleRecognizer {
    /// Whether token `index` is a one-word place of the lexicon, without a proclitic, followed by
    /// a capitalised Latin word or an Arabic word without the article that is no function word
    /// and starts no name of the lexicon or the document.
    func isGivenNameSpelledLikePlace(_ index: Int, _ work: SentenceWork) -> Bool {
        guard index + 1 < work.tokens.count, let span = work.spanIndex(startingAt: index),
              work.spans[span].range.count == 1, work.spans[span].clitic.isEmpty,
              case .entity(let id) = work.spans[span].value, lexicon.entities[id]?.kind == .place,
              work.spanIndex(startingAt: index + 1) == nil else { return false }
        let next = work.tokens[index + 1]
        guard next.isWord, next.number < 0 else { return false }
        if work.sentence.document.isArabic(next) {
            // Not before a preposition joined to a word the lexicon knows ("موسكو بمهاجمة", "موسكو باستخدام").
            let prepositional = [next.readings.0, next.readings.1].contains { reading in
                reading.clitic != 0 && reading.word >= 0 && reading.word < Int32(lexicon.words.count)
                    && ["ب", "ل", "ك"].contains { ArabicClitics.endsWithPreposition(reading.cliticText, $0) }
            }
            return !lexicon.isAnyFunctionWord(next.word) && !work.sentence.document.startsWithArticle(next) && !prepositional
        }
        return isLatinWord(index + 1, capital: true, work)
    }

    /// Whether token `index` is such a given name written in Latin letters: no office after an
    /// English title ("President Santiago Peña" holds no office of Santiago).
    func isLatinGivenNameSpelledLikePlace(_ index: Int, _ work: SentenceWork) -> Bool {
        isLatinWord(index, capital: true, work) && isGivenNameSpelledLikePlace(index, work)
    }
}
