import EntityGraph

/// A fight named by its noun and the two sides after بين / "between", perhaps with words that
/// qualify it between ("last month's fighting between India and Pakistan", "the conflict between
/// Israel and Iran", "الاشتباكات بين الهند وباكستان", "المواجهة العسكرية التي اندلعت بين
/// البلدين"): each side attacks the other. The noun is an event noun of an attack frame or a
/// phrase of list `fight_nouns`.
extension StructuralPatterns {
    /// Whether the words between a fight's noun and بين / "between" only qualify the fight: none,
    /// Arabic adjectives with the article ("الدائر"), or, after a noun without it, up to two
    /// without it that are no stopwords ("اشتباكات حدودية"), or a relative clause of one verb
    /// ("التي اندلعت", "that erupted"), naming no one.
    private func isFightQualifier(_ range: Range<Int>, after noun: Span, _ work: SentenceWork) -> Bool {
        guard range.allSatisfy({ work.tokens[$0].isWord && work.firstActor(in: $0..<($0 + 1)) == nil }) else { return false }
        let isDefinite = { (index: Int) in work.sentence.document.startsWithArticle(work.tokens[index]) }
        let indefiniteNoun = !isDefinite(noun.range.lowerBound) && noun.clitic.isEmpty
        return range.isEmpty || work.token(range.lowerBound, isIn: .relativePronouns, lexicon: lexicon) && range.count == 2
            || range.allSatisfy { work.sentence.document.isArabic(work.tokens[$0]) && isDefinite($0) }
            || indefiniteNoun && range.count <= 2 && range.allSatisfy { index in
                work.sentence.document.isArabic(work.tokens[index]) && !isDefinite(index)
                    && !lexicon.isFunctionWord(work.tokens[index].word, list: .stopwords) && work.spanIndex(startingAt: index) == nil
            }
    }

    /// Emits attacks both ways between the two sides of each such fight; "بينهما" / "between
    /// them" takes the pair its sentence named before the noun ("توصل إليه البلدان ... عقب أعنف
    /// اشتباكات حدودية بينهما").
    func fightsBetween(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.namesFight(in: lexicon) {
            let window = span.range.upperBound..<min(span.range.upperBound + 4, work.tokens.count)
            var sides: (ids: [String], end: Int)?
            if let between = window.first(where: { work.token($0, isOneOf: lexicon.keywords.between) }),
               isFightQualifier(span.range.upperBound..<between, after: span, work) {
                sides = work.listAfter(between + 1)
            } else if let pronoun = window.first(where: { isBetweenThem($0, work) }), isFightQualifier(span.range.upperBound..<pronoun, after: span, work),
                      let pair = work.actors.last(where: { $0.range.upperBound <= span.range.lowerBound && $0.ids.count == 2 }) {
                sides = (pair.ids, pronoun + 1)
            }
            guard let sides else { continue }
            let ids = sides.ids.map(context.actingEntity)
            guard ids.count == 2, ids[0] != ids[1], ids.allSatisfy({ [.state, .organization, .alliance].contains(context.kind($0)) }) else { continue }
            for (attacker, attacked) in [(ids[0], ids[1]), (ids[1], ids[0])] {
                context.emit(attacker, .attacks, attacked, sentence: work.sentence, tokens: span.range.lowerBound...(sides.end - 1),
                             rule: "fight_between", confidence: 0.7)
            }
        }
    }

    /// Whether token `index` is a word of `between_pronouns` ("بينهما"), or بين / "between"
    /// before one ("them").
    private func isBetweenThem(_ index: Int, _ work: SentenceWork) -> Bool {
        work.token(index, isInWordList: "between_pronouns", lexicon: lexicon)
            || work.token(index, isOneOf: lexicon.keywords.between) && work.token(index + 1, isInWordList: "between_pronouns", lexicon: lexicon)
    }
}

extension Span {
    /// Whether the phrase names a fight: an event noun of an attack frame of `lexicon` or a phrase
    /// of list `fight_nouns`.
    func namesFight(in lexicon: Lexicon) -> Bool {
        switch value {
        case .nominalTrigger(let frame): return RelationType(lexicon.frames[frame].type) == .attacks
        case .function("fight_nouns"): return true
        default: return false
        }
    }
}
