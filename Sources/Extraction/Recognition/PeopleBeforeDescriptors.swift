import EntityGraph

/// People the lexicon does not know, named right before a comma and a phrase that describes a
/// person (word list `person_apposition_nouns`, or list `person_name_nouns`): in English two or
/// three capitalised words, the last no word of list `organization_head_words` ("Consortium"),
/// before "a", "an" or "the", at most three words and the noun ("Timur Mindich, a former
/// business partner of Zelenskiy,"); in Arabic a known given name and an unknown word without
/// the article before the noun ("تيمور مينديتش، الشريك التجاري السابق"), or two unknown words
/// without the article before a noun with it ("بادرا غونبا، المرشح المدعوم من موسكو"); and in
/// English two or three such words before ", who heads" ("Laurent Saint-Cyr, who heads"). The name
/// gets a span of its own, and is matched in the rest of the document.
struct PeopleBeforeDescriptors {
    let lexicon: Lexicon
    private let nouns: UInt128, bodyHeads: UInt128

    /// The recogniser for the lexicon's lists.
    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        (nouns, bodyHeads) = (lexicon.wordLists.bit("person_apposition_nouns"), lexicon.wordLists.bit("organization_head_words"))
    }

    /// Adds a span for each name before one of the descriptions.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        var found: [Span] = []
        for comma in work.tokens.indices where work.tokens[comma].mark == "," || work.tokens[comma].mark == "،" {
            guard comma >= 2, let name = nameBeforeHeadingClause(comma, work, context: context)
                    ?? descriptionNoun(after: comma, work).flatMap({ name(before: comma, descriptionAt: $0, work, context: context) }) else { continue }
            found.append(Span(range: name, value: .entity(context.discoverPerson(work.sentence, name)), clitic: ""))
        }
        if !found.isEmpty { work.addSpans(found) }
    }

    /// The token of the describing noun within four words after the comma at `comma`, with only
    /// words before it (or hyphens joining them: "a Russian-Armenian billionaire").
    private func descriptionNoun(after comma: Int, _ work: SentenceWork) -> Int? {
        var index = comma + 1
        while index < min(comma + 8, work.tokens.count), work.tokens[index].isWord || PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, index) {
            if work.tokens[index].wordLists & nouns != 0
                || work.spanIndex(startingAt: index).map({ work.spans[$0].value == .function("person_name_nouns") }) == true {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The name that ends at the comma: English words after which an article opens the
    /// description, or an Arabic given name (known, or unknown before a definite noun) and surname
    /// right before a description that opens with its noun.
    private func name(before comma: Int, descriptionAt noun: Int, _ work: SentenceWork, context: DocumentContext) -> Range<Int>? {
        if work.sentence.document.isArabic(work.tokens[comma - 1]) {
            let given = comma - 2, text = work.sentence.document
            guard noun == comma + 1, work.tokens[given].isWord, work.isUnknownWord(comma - 1), !text.startsWithArticle(work.tokens[comma - 1]),
                  (lexicon.givenNames.contains(work.tokens[given].word) && work.spanIndex(startingAt: given) == nil)
                    || (work.isUnknownWord(given) && !text.startsWithArticle(work.tokens[given]) && text.startsWithArticle(work.tokens[noun]))
            else { return nil }
            return given..<comma
        }
        guard noun > comma + 1, work.tokens[comma - 1].wordLists & bodyHeads == 0,
              ["a", "an", "the"].contains(work.sentence.text(of: comma + 1)) else { return nil }
        return englishName(endingAt: comma, work, context: context)
    }

    /// The English name that ends at a comma followed by "who" and a verb of list `heading_verbs`,
    /// "also" or an adverb in "-ly" allowed between ("Laurent Saint-Cyr, who heads Haiti's
    /// Transitional Presidential Council"): who heads an office so is a person.
    private func nameBeforeHeadingClause(_ comma: Int, _ work: SentenceWork, context: DocumentContext) -> Range<Int>? {
        guard comma + 2 < work.tokens.count, !work.sentence.document.isArabic(work.tokens[comma - 1]),
              work.sentence.text(of: comma + 1).lowercased() == "who" else { return nil }
        let skipped = work.token(comma + 2, isIn: .listConnectors, lexicon: lexicon) || work.isEnglishAdverb(comma + 2, lexicon: lexicon)
        guard work.token(skipped ? comma + 3 : comma + 2, isInWordList: "heading_verbs", lexicon: lexicon),
              work.tokens[comma - 1].wordLists & bodyHeads == 0 else { return nil }
        return englishName(endingAt: comma, work, context: context)
    }

    /// Two or three capitalised English words of no known name that end at the comma, a
    /// hyphenated surname counted as one ("Laurent Saint-Cyr").
    private func englishName(endingAt comma: Int, _ work: SentenceWork, context: DocumentContext) -> Range<Int>? {
        let names = PeopleAfterDescriptors(lexicon: lexicon)
        let hyphenated = comma >= 4 && PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, comma - 2)
        return (hyphenated ? [comma - 4, comma - 3, comma - 2] : [comma - 3, comma - 2]).lazy.filter { $0 >= 0 }
            .compactMap { names.englishName(after: $0, work, context: context) }.first { $0.upperBound == comma }
    }
}
