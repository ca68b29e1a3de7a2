import EntityGraph

/// The words of names written in Latin letters after a title: capitalised words, Arabic
/// articles and particles in Latin letters ("al-Hayya", "Yazid bin Farhan") and hyphened parts
/// ("Ching-te", "Anwaar-ul-Haq"); participle compounds before a name ("Saudi-backed").
extension RoleRecognizer {
    /// Whether token `index` is a Latin word starting with a capital letter (`capital`) or in
    /// lower case (an English adjective: "Belarus's authoritarian leader").
    func isLatinWord(_ index: Int, capital: Bool, _ work: SentenceWork) -> Bool {
        guard work.tokens[index].isWord, let first = work.sentence.text(of: index).unicodeScalars.first, first.isLatinLetter else { return false }
        return capital ? first.properties.isUppercase : first.properties.isLowercase
    }

    /// Whether token `index` is an Arabic article written in Latin letters and joined by a hyphen
    /// to the capitalised word of a name ("al-Hayya", "el-Sisi").
    func isLatinArticle(_ index: Int, _ work: SentenceWork) -> Bool {
        guard index + 2 < work.tokens.count, work.tokens[index + 1].mark == "-",
              ["al", "el"].contains(work.sentence.text(of: index).lowercased()) else { return false }
        return isLatinWord(index + 2, capital: true, work)
    }

    /// Whether token `index` is a lower-case particle of a name written in Latin letters (list
    /// `latin_name_particles`), followed by the next word of the name or by another particle
    /// ("Yazid bin Farhan", "Alexandre de Moraes", "Ursula von der Leyen").
    func isLatinNameParticle(_ index: Int, _ work: SentenceWork) -> Bool {
        // "bin Ahmed Al Zeyoudi": a capitalised particle two words after a lower-case one.
        guard index + 1 < work.tokens.count, work.token(index, isInWordList: "latin_name_particles", lexicon: lexicon),
              isLatinWord(index, capital: false, work) || index >= 2 && isLatinWord(index - 2, capital: false, work)
                && work.token(index - 2, isInWordList: "latin_name_particles", lexicon: lexicon) else { return false }
        return isLatinWord(index + 1, capital: true, work) || isLatinNameParticle(index + 1, work)
    }

    /// Whether token `index` is such a particle as Arabic writes it (list `latin_name_particles`:
    /// "دي", "فان"), followed by a word that starts no span or by another particle ("مارسيلو
    /// ريبيلو دي سوزا", "كاسبار فان دير بيرغ").
    func isTransliteratedNameParticle(_ index: Int, _ work: SentenceWork) -> Bool {
        guard index + 1 < work.tokens.count, work.sentence.document.isArabic(work.tokens[index]),
              work.token(index, isInWordList: "latin_name_particles", lexicon: lexicon) else { return false }
        return isUnnamedArabicWord(index + 1, work) || isTransliteratedNameParticle(index + 1, work)
    }

    /// Whether token `index` is a hyphen glued between a Latin name word and the next, lower-case
    /// or not ("Ching-te", "Jae-myung"), also after a lower-case part glued before ("Anwaar-ul-Haq"),
    /// or an apostrophe glued between a capitalised word and two letters or more that are no
    /// possessive nor contraction ("La'auli", "Mata'afa", "N'Tam"): the parts are one word of a name.
    /// Arabic parts glued by a hyphen count too (`isArabicHyphenatedPart`).
    func isHyphenatedPart(_ index: Int, _ work: SentenceWork) -> Bool {
        if isArabicHyphenatedPart(index, work) { return true }
        if PhraseTable<LexiconValue>.isGluedApostrophe(work.tokens, index), isLatinWord(index - 1, capital: true, work) {
            let rest = work.sentence.text(of: index + 1)
            return rest.count >= 2 && !["ll", "re", "ve"].contains(rest) && rest.unicodeScalars.first?.isLatinLetter == true
        }
        guard PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, index),
              isLatinWord(index - 1, capital: true, work)
                || (PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, index - 2) && isLatinWord(index - 1, capital: false, work)) else { return false }
        return work.sentence.text(of: index + 1).unicodeScalars.first?.isLatinLetter == true
    }

    /// Whether a capitalised Latin word in quotation marks starts at token `index`, between a
    /// name's word and another capitalised word: a nickname inside the name ('Jorge "Tuto" Quiroga').
    func isQuotedNickname(at index: Int, _ work: SentenceWork) -> Bool {
        index + 3 < work.tokens.count && work.isQuotationMark(index) && isLatinWord(index + 1, capital: true, work)
            && work.isQuotationMark(index + 2) && isLatinWord(index + 3, capital: true, work) && isLatinWord(index - 1, capital: true, work)
    }

    /// The number of tokens (3) of an English compound of a word, a glued hyphen and a lower-case
    /// participle in -ed at token `index` ("Saudi-backed", "Iran-aligned"); 0 when none stands there.
    func participleCompoundLength(at index: Int, _ work: SentenceWork) -> Int {
        guard index + 3 < work.tokens.count, work.tokens[index].isWord, PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, index + 1),
              isLatinWord(index + 2, capital: false, work), work.sentence.text(of: index + 2).hasSuffix("ed") else { return 0 }
        return 3
    }
}
