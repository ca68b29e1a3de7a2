/// A state described in apposition by its rank among a bloc's members ("مالطا، أصغر دول الاتحاد
/// الأوروبي،", "المجر، إحدى دول حلف الناتو", "واحدة من دول"): it is a member of the bloc.
extension StructuralPatterns {
    /// Emits `member_of` for each state right before a comma that one or two words of
    /// `ranking_words` (and "من") follow, then an Arabic word of `member_nouns` and an alliance,
    /// for each state ranked first among a bloc's states (`firstAmongMembers`), and for each said
    /// to be among them (`predicateMembers`).
    func rankedMembers(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("member_nouns") {
            guard let alliance = work.firstActor(in: span.range.upperBound..<(span.range.upperBound + 1)),
                  alliance.ids.count == 1, context.kind(alliance.ids[0]) == .alliance,
                  let comma = rankingComma(before: span.range.lowerBound, work),
                  let member = work.actor(endingBefore: comma, gap: 0) else { continue }
            for state in member.ids where context.kind(state) == .state {
                context.emit(state, .memberOf, alliance.ids[0], sentence: work.sentence,
                             tokens: member.range.lowerBound...(alliance.range.upperBound - 1), rule: "ranked_member", confidence: 0.75)
            }
        }
        firstAmongMembers(work, context: context)
        predicateMembers(work, context: context)
    }

    /// The comma before the one or two words of `ranking_words` that end at token `end`, "من"
    /// allowed after them ("واحدة من"), if they stand there.
    private func rankingComma(before end: Int, _ work: SentenceWork) -> Int? {
        var cursor = end - 1
        if cursor > 0, work.token(cursor, is: lexicon.keywords.from) { cursor -= 1 }
        guard work.token(cursor, isInWordList: "ranking_words", lexicon: lexicon) else { return nil }
        if work.token(cursor - 1, isInWordList: "ranking_words", lexicon: lexicon) { cursor -= 1 }
        return work.isComma(cursor - 1) ? cursor - 1 : nil
    }
}

extension StructuralPatterns {
    /// Emits `member_of` for the state said to be the first (or another rank) of a bloc's states to
    /// act: an ordinal or ranking word, a word of `member_count_nouns` and "في" / "من" before the
    /// bloc ("لتصبح أول دولة في الاتحاد الأوروبي"), or in English the ordinal, the bloc and the noun
    /// ("became the first EU country to"); the state is the one in apposition before the rank, else
    /// the sentence's first actor that no preposition introduces.
    private func firstAmongMembers(_ work: SentenceWork, context: DocumentContext) {
        for alliance in work.actors where alliance.ids.count == 1 && context.kind(alliance.ids[0]) == .alliance {
            let start = alliance.range.lowerBound
            let rank: Int
            if start >= 3, work.token(start - 1, isOneOf: [lexicon.keywords.inside, lexicon.keywords.from]),
               work.token(start - 2, isInWordList: "member_count_nouns", lexicon: lexicon), isRank(start - 3, work) {
                rank = start - 3
            } else if start >= 1, isRank(start - 1, work), work.token(alliance.range.upperBound, isInWordList: "member_count_nouns", lexicon: lexicon),
                      !work.sentence.document.isArabic(work.tokens[start]) {
                rank = start - 1
            } else {
                continue
            }
            let before = work.token(rank - 1, isOneOf: lexicon.keywords.articles) ? rank - 1 : rank
            guard let member = (work.isComma(before - 1) ? work.actor(endingBefore: before - 1, gap: 0) : nil)
                    ?? work.actors.first(where: { $0.range.upperBound <= rank && !work.isPrepositional($0) }),
                  member.ids.count == 1, case let state = context.actingEntity(member.ids[0]), context.kind(state) == .state else { continue }
            context.emit(state, .memberOf, alliance.ids[0], sentence: work.sentence, tokens: rank...(alliance.range.upperBound - 1),
                         rule: "ranked_member", confidence: 0.7)
        }
    }

    /// Whether token `index` is a word of `ordinal_words` or `ranking_words`.
    private func isRank(_ index: Int, _ work: SentenceWork) -> Bool { work.isRank(index, lexicon: lexicon) }
}

extension SentenceWork {
    /// Whether token `index` is a word of `ordinal_words` or `ranking_words` ("first", "أول").
    func isRank(_ index: Int, lexicon: Lexicon) -> Bool {
        token(index, isInWordList: "ordinal_words", lexicon: lexicon) || token(index, isInWordList: "ranking_words", lexicon: lexicon)
    }
}
