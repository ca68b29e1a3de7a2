import EntityGraph

/// A state said to be among a bloc's states in an Arabic nominal sentence ("وتعد المجر من دول
/// الاتحاد الأوروبي", "المجر إحدى دول الاتحاد الأوروبي"): it is a member of the bloc.
extension StructuralPatterns {
    /// Emits `member_of` for each state of the list that opens a clause (at the sentence's start,
    /// after a word of `continuers` such as "وتعد", or after a complementizer) right before "من"
    /// and/or one or two words of `ranking_words`, then a word of `member_nouns` and the bloc, or
    /// a word of `member_count_nouns`, at most two adjectives and "في" before it ("من الدول
    /// القليلة في الاتحاد الأوروبي"); not a subject after its verb ("استوردت الصين من دول الخليج").
    func predicateMembers(_ work: SentenceWork, context: DocumentContext) {
        for bloc in work.actors where bloc.ids.count == 1 && context.kind(bloc.ids[0]) == .alliance && bloc.clitic.isEmpty
            && work.sentence.document.isArabic(work.tokens[bloc.range.lowerBound]) {
            guard let noun = memberNounStart(before: bloc, work) else { continue }
            var (cursor, ranks) = (noun - 1, 0)
            while ranks < 2, work.token(cursor, isInWordList: "ranking_words", lexicon: lexicon) { (cursor, ranks) = (cursor - 1, ranks + 1) }
            let partitive = work.token(cursor, is: lexicon.keywords.from)
            if partitive { cursor -= 1 }
            guard partitive || ranks > 0, cursor >= 0, let last = work.actor(endingBefore: cursor + 1, gap: 0) else { continue }
            let list = work.coordinatedBefore(last, keywords: lexicon.keywords, kind: context.kind)
            guard opensNominalClause(at: list.start, work) else { continue }
            for member in list.ids.map(context.actingEntity) where context.kind(member) == .state {
                context.emit(member, .memberOf, bloc.ids[0], sentence: work.sentence, tokens: list.start...(bloc.range.upperBound - 1),
                             rule: "ranked_member", confidence: 0.7)
            }
        }
    }

    /// Where the member noun before a bloc starts: a span of `member_nouns` ending at it ("دول",
    /// "الدول الأعضاء في"), or a word of `member_count_nouns` before at most two adjectives and
    /// "في" ("الدول القليلة في").
    private func memberNounStart(before bloc: Actor, _ work: SentenceWork) -> Int? {
        let start = bloc.range.lowerBound
        if let noun = work.span(endingAt: start), noun.value == .function("member_nouns"), noun.clitic.isEmpty { return noun.range.lowerBound }
        guard work.token(start - 1, is: lexicon.keywords.inside) else { return nil }
        let isNoun = { (index: Int) in
            work.token(index, isInWordList: "member_count_nouns", lexicon: self.lexicon) && !(work.spanIndex(startingAt: index).map { work.spans[$0].value.isName } ?? false)
        }
        var cursor = start - 2, adjectives = 0
        while adjectives < 2, !isNoun(cursor), work.isDefiniteAdjective(cursor) { (cursor, adjectives) = (cursor - 1, adjectives + 1) }
        return isNoun(cursor) ? cursor : nil
    }

    /// Whether a nominal clause opens at token `start`: the sentence's start, or after a word of
    /// `continuers` or a complementizer.
    private func opensNominalClause(at start: Int, _ work: SentenceWork) -> Bool {
        start == 0 || work.token(start - 1, isIn: .continuers, lexicon: lexicon) || work.token(start - 1, isIn: .complementizers, lexicon: lexicon)
    }
}
