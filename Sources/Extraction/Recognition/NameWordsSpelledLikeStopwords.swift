import EntityGraph

/// Words of a person's name that read as stopwords: a given name written like one ("علي
/// لاريجاني", "عرفان علي", not "على"), a regnal ordinal after a one-word name ("برثلماوس الأول"),
/// a given name right after "بن" ("أحمد بن علي").
extension RoleRecognizer {
    /// Whether token `index` is a given name that folds to a stopword, written with a final ي in
    /// a text that writes the stopword's ى elsewhere ("علي لاريجاني", not "على").
    func isGivenNameSpelledLikeStopword(_ index: Int, _ work: SentenceWork) -> Bool {
        let document = work.sentence.document
        return lexicon.givenNames.contains(work.tokens[index].word) && document.writesAlifMaqsura && document.endsWithYa(work.tokens[index])
    }

    /// Whether token `index`, word `length` of a name being read, is one of it although a
    /// stopword: an ordinal of list `regnal_ordinals` second ("برثلماوس الأول"), a given name
    /// right after a patronymic particle, where no preposition stands ("أحمد بن علي"), or one
    /// written with its final ي where the text writes the stopword's ى ("عرفان علي").
    func isNameWordSpelledLikeStopword(_ index: Int, length: Int, _ work: SentenceWork) -> Bool {
        if length == 1, work.token(index, isInWordList: "regnal_ordinals", lexicon: lexicon) { return true }
        return length > 0 && (isGivenNameAfterPatronymic(index, work) || isGivenNameSpelledLikeStopword(index, work))
    }

    /// Whether token `index` is a given name right after a patronymic particle ("بن علي").
    func isGivenNameAfterPatronymic(_ index: Int, _ work: SentenceWork) -> Bool {
        index >= 1 && Self.patronymicParticles.contains(NameFolding.fold(work.sentence.text(of: index - 1)))
            && lexicon.givenNames.contains(work.tokens[index].word)
    }
}
