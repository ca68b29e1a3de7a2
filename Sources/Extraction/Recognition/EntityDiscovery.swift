import EntityGraph

/// People, places and organisations a document introduces that the lexicon does not know: each
/// gets an id from its written name, and its name is matched in the rest of the document.
extension DocumentContext {
    /// Introduces a person the lexicon does not know, from the tokens of their name; the full
    /// name, the surname (unless someone the document named first goes by it) and their spelling
    /// variants become names the rest of the document is matched against. With
    /// `droppingConjunction`, the first word is written with the conjunction و ("وعبد القادر محمد
    /// نور"), which is no part of the name.
    func discoverPerson(_ sentence: Sentence, _ range: Range<Int>, droppingConjunction: Bool = false) -> String {
        let surnameRange = surname(of: range, sentence)
        let surname = sentence.text(surnameRange)
        // A namesake's surname stays the one named first's ("President Gustavo Petro" and "his son Nicolas Petro"), the
        // lexicon's person's when the document has named them.
        let surnameWords = phraseWords(sentence, surnameRange)
        let surnameTaken = range.count > 1 && (localNames.value(exactly: surnameWords) != nil || isNameOfPersonMentioned(surnameWords))
        let (id, new) = discover(.person, sentence, range, alsoNamed: surnameTaken ? [] : [surname], droppingConjunction: droppingConjunction)
        guard new else { return id }
        if range.count > 1, !surnameTaken { localNames.insert(words: phraseWords(sentence, surnameRange), id) }
        if range.count > 1, surnameRange.lowerBound > range.lowerBound, isFirstNameAlone(sentence.tokens[range.lowerBound], sentence) {
            localNames.insert(words: [sentence.tokens[range.lowerBound].word], id)
        }
        for variant in NameVariants.variants(of: sentence.text(range)) + (surnameTaken ? [] : NameVariants.variants(of: surname)) {
            let ids = variant.split(separator: " ").map { words.id(String($0)) }
            if ids.allSatisfy({ $0 != nil }) { localNames.insert(words: ids.map { $0! }, id) }
        }
        return id
    }

    /// Whether the first word of a new person's name names them alone: written in Latin letters,
    /// four letters or more (a short first word is often a family name relatives share: "Hun
    /// Manet", "Hun Sen"), no given name of the lexicon or of list `common_given_names` ("Paul"
    /// Biya's name does not make "Interior Minister Paul Atanga Nji" Biya), no name or word of
    /// another list and no name the document gave already (Malay, Indonesian and Thai copy calls
    /// "Anwar Ibrahim" Anwar and "Phumtham Wechayachai" Phumtham).
    private func isFirstNameAlone(_ token: Token, _ sentence: Sentence) -> Bool {
        let written = sentence.document.text(of: token)
        guard token.word >= 0, written.count >= 4, written.unicodeScalars.first?.isLatinCapital == true,
              token.wordLists & lexicon.wordLists.bit("common_given_names") == 0,
              !lexicon.givenNames.contains(token.word), lexicon.phrases.value(exactly: [token.word]) == nil,
              !lexicon.isAnyFunctionWord(token.word) else { return false }
        return localNames.value(exactly: [token.word]) == nil
    }

    /// The tokens of the surname in the name written at `range`: the last word, or the last two
    /// when a particle opens the family name ("يزيد بن فرحان" is "بن فرحان", "بدر عبد العاطي" is
    /// "عبد العاطي", "Yazid bin Farhan" is "bin Farhan", a compound "مهر الدين" is both words, a
    /// hyphenated one all its parts: "Garcia-Pena"), so
    /// that "فرحان" alone does not name him; the first word when it is a family name of list
    /// `family_name_first` ("Sun Weidong").
    func surname(of range: Range<Int>, _ sentence: Sentence) -> Range<Int> {
        if range.count >= 2, lexicon.isFunctionWord(sentence.tokens[range.lowerBound].word, list: .familyNameFirst) {
            return range.lowerBound..<(range.lowerBound + 1)
        }
        let last = range.upperBound - 1
        if range.count >= 3, RoleRecognizer.compoundNameEnds.contains(NameFolding.fold(sentence.text(of: last))) {
            return (last - 1)..<range.upperBound // "مهر الدين"
        }
        var first = last // a hyphenated family name is one: "Inta-A", not "A" (but "al-Araji" is "Araji")
        while first - 2 >= range.lowerBound + 1, PhraseTable<LexiconValue>.isGluedHyphen(sentence.tokens, first - 1),
              sentence.text(of: first - 2).unicodeScalars.first?.isLatinCapital == true { first -= 2 }
        if first < last { return first..<range.upperBound }
        guard range.count >= 3 else { return last..<range.upperBound }
        let particle = NameFolding.fold(sentence.text(of: last - 1))
        let opensFamilyName = RoleRecognizer.nameParticles.contains(particle) || particle == "ال"
            || ["bin", "ibn", "bint", "Al", "Abu", "Abdel"].contains(sentence.text(of: last - 1))
        return opensFamilyName ? (last - 1)..<range.upperBound : last..<range.upperBound
    }

    /// The tokens of the given and father's name that open a longer name written at `range`
    /// ("محمد بن عبدالرحمن" in "محمد بن عبدالرحمن آل ثاني", "Hamdan bin Mohammed" in "Hamdan bin
    /// Mohammed Al Maktoum"): the short form the rest of a story may use; nil for other names.
    static func givenAndFatherName(in range: Range<Int>, _ sentence: Sentence) -> Range<Int>? {
        guard range.count >= 4 else { return nil }
        let particle = sentence.text(of: range.lowerBound + 1)
        guard ["بن", "ابن", "bin", "ibn"].contains(NameFolding.fold(particle)) else { return nil }
        return range.lowerBound..<(range.lowerBound + 3)
    }

    /// Introduces a place the lexicon does not know, from the tokens of its name after a place
    /// noun ("مدينة تيانجين", "the city of Gyumri").
    func discoverPlace(_ sentence: Sentence, _ range: Range<Int>) -> String {
        discover(.place, sentence, range).id
    }

    /// Introduces an organisation the lexicon does not know, from its name and the acronym in
    /// brackets after it ("China National Nuclear Corporation (CNNC)") or the one word of its
    /// name that also names it (`shortName`: "Wingtech" of "Wingtech Technology"), or from its
    /// acronym alone ("Germany's KNDS"), or with other names (`alsoNamed`: "Australian Defence
    /// Force"); all are matched in the rest of the document. With `droppingProclitic`, the first
    /// word is written with a one-letter proclitic ("لحزب المساواة"), no part of the name.
    func discoverOrganization(_ sentence: Sentence, _ range: Range<Int>, shortName: Int? = nil, alsoNamed: [String] = [],
                              droppingProclitic: Bool = false) -> String {
        guard let shortName else { return discover(.organization, sentence, range, alsoNamed: alsoNamed, droppingConjunction: droppingProclitic).id }
        let (id, new) = discover(.organization, sentence, range, alsoNamed: [sentence.text(of: shortName)])
        if new { localNames.insert(words: [sentence.tokens[shortName].word], id) }
        return id
    }

    /// The entity of `kind` named by the tokens of `range`: the one the document already
    /// introduced with that name, or a new one (`new`) with `alsoNamed` among its aliases; with
    /// `droppingConjunction`, without the first word's one-letter proclitic (و, ل).
    private func discover(_ kind: EntityKind, _ sentence: Sentence, _ range: Range<Int>,
                          alsoNamed: [String] = [], droppingConjunction: Bool = false) -> (id: String, new: Bool) {
        let tokens = Array(sentence.tokens[range])
        let written = droppingConjunction ? String(sentence.text(range).dropFirst()) : sentence.text(range)
        var wordIds = phraseWords(sentence, range)
        if droppingConjunction {
            wordIds[0] = written.split(separator: " ").first.flatMap { words.id(NameFolding.fold(String($0))) } ?? -1
        }
        if wordIds[0] >= 0, let known = localNames.match(tokens, at: 0, firstWord: wordIds[0], text: nil), known.length == tokens.count {
            return (known.value, false)
        }
        var id = Transliteration.slug(written)
        while lexicon.entities[id] != nil || localEntities[id] != nil { id += "_\(kind.rawValue)" }
        let latin = !written.unicodeScalars.contains(where: \.isArabicLetter)
        let english = latin ? written : Transliteration.latin(written)
        let labels = latin ? ["en": written] : ["ar": written, "en": english]
        localEntities[id] = Entity(id: id, name: english, kind: kind, labels: labels, aliases: [written] + alsoNamed)
        if wordIds[0] >= 0 { localNames.insert(words: wordIds, id) }
        return (id, true)
    }

    /// Whether words are a name the lexicon gives a person the document has mentioned already.
    private func isNameOfPersonMentioned(_ words: [Int32]) -> Bool {
        guard case .entity(let id)? = lexicon.phrases.value(exactly: words), kind(id) == .person else { return false }
        return history.contains(id)
    }

    /// The word ids of the tokens of `range` as the phrase table matches them: without the glued
    /// hyphens it spans ("Geerlings-Simons" is the words "Geerlings" and "Simons").
    private func phraseWords(_ sentence: Sentence, _ range: Range<Int>) -> [Int32] {
        range.filter { !PhraseTable<String>.isGluedHyphen(sentence.tokens, $0) }.map { sentence.tokens[$0].word }
    }
}
