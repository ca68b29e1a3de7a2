import EntityGraph

/// An English sentence opened by "It" goes on about the state, bloc or body that opened the
/// sentence before as its subject ("Estonia, a member of NATO, has backed Ukraine. It shares a
/// 294-kilometer border with Russia"); one opened by "They", about those joined by "and" there
/// ("Slovakia and the Czech Republic are members of NATO. They are also part of ..."); one
/// opened by "He" or "She", about the person who opened the sentence before, when one did
/// ("Koizumi, who took office in Takaichi's cabinet, ... He also met ...").
extension Coreference {
    /// Remembers the subject that opens the sentence: its first actor, starting the sentence
    /// (after "The" at most, or after an opening phrase of up to five words and its comma:
    /// "Earlier in the week, Trump met ..."), a state, bloc, body or person, or nothing; and the
    /// list it opens, when it is one of states, blocs or bodies; and the person an Arabic sentence
    /// opens with as the subject of its first verb.
    func rememberOpeningSubject(_ work: SentenceWork, context: DocumentContext) {
        context.openingVerbSubject = personOpeningSentence(before: work.actors.first?.range.upperBound ?? 0, work, context: context)
        let phraseComma = (1...5).first { $0 < work.tokens.count && work.tokens[$0].mark == "," }
            .flatMap { comma in (0..<comma).allSatisfy { work.tokens[$0].isWord } && work.actors.first.map { $0.range.lowerBound > comma } == true ? comma : nil }
        let start = phraseComma.map { $0 + 1 } ?? (work.token(0, is: lexicon.keywords.the) ? 1 : 0)
        let acting: (String) -> Bool = { [.state, .alliance, .organization].contains(context.kind($0)) }
        // "The ministry said ...": an anaphor's actor takes its "The" in.
        guard let first = work.actors.first, first.range.lowerBound == start || start == 1 && first.range.lowerBound == 0, first.ids.count == 1,
              acting(first.ids[0]) || context.kind(first.ids[0]) == .person else {
            (context.openingSubject, context.openingSubjects) = (nil, nil)
            return
        }
        context.openingSubject = first.ids[0]
        let list = work.coordinated(from: first, keywords: lexicon.keywords).ids
        context.openingSubjects = list.count >= 2 && list.allSatisfy(acting) ? list : nil
    }

    /// Reads an "It" or "They" that opens an English sentence, followed by a word, as the
    /// previous sentence's opening subject or list.
    func resolveOpeningPronoun(_ work: SentenceWork, context: DocumentContext) {
        guard work.tokens.count > 1, work.tokens[1].isWord, !work.actors.contains(where: { $0.range.lowerBound == 0 }) else { return }
        let pronoun = work.sentence.text(of: 0)
        let opener = context.openingSubject.flatMap { context.kind($0) == .person ? nil : [$0] }
        guard let subject = pronoun == "It" ? opener : pronoun == "They" ? context.openingSubjects : nil else { return }
        work.add(Actor(ids: subject, range: 0..<1, clitic: "", source: .anaphora))
    }
}

extension Coreference {
    /// The person who opened the previous sentence, for a "He" / "She" opening this one.
    func openingPerson(_ pronoun: Span, context: DocumentContext) -> String? {
        guard pronoun.range.lowerBound == 0, let opener = context.openingSubject, context.kind(opener) == .person else { return nil }
        return opener
    }
}

extension Coreference {
    /// The person who opens an Arabic sentence as the subject of its first verb ("وانتقدت الرئيسة
    /// الهندوراسية شيومارا كاسترو تصريحات ترامب، واعتبرتها تدخلا في الشؤون الداخلية لبلادها": her
    /// country, not Trump's), named before token `index`; not across a relative pronoun ("التقى
    /// غولر الرئيس علييف، الذي أشاد بالدعم التركي لبلاده": Aliyev's).
    func personOpeningSentence(before index: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard let first = work.actors.first, first.range.lowerBound == 1, first.range.upperBound <= index, first.ids.count == 1,
              work.sentence.document.isArabic(work.tokens[0]), work.spanIndex(startingAt: 0).map({ work.spans[$0].isEventWord }) ?? true,
              context.kind(first.ids[0]) == .person,
              !(first.range.upperBound..<index).contains(where: { work.token($0, isIn: .relativePronouns, lexicon: lexicon) }) else { return nil }
        return first.ids[0]
    }
}

extension Coreference {
    /// The person an object relative pronoun of list `object_relative_pronouns` right before a
    /// subject pronoun is about ("Karekin II, whom he accuses": Karekin II, whom "he" cannot be).
    func objectOfRelativeClause(openedBefore pronoun: Span, _ work: SentenceWork) -> Actor? {
        let relative = pronoun.range.lowerBound - 1
        guard work.token(relative, isInWordList: "object_relative_pronouns", lexicon: lexicon) else { return nil }
        let end = relative - (relative > 0 && work.tokens[relative - 1].mark == "," ? 1 : 0)
        return work.actor(endingBefore: end, gap: 0)
    }
}
