import EntityGraph

/// Membership read from a state named in apposition as another's partner in a bloc (word list
/// `bloc_partner_nouns`): "وأعلنت النيجر، شريكة مالي في تحالف دول الساحل إلى جانب بوركينا
/// فاسو" and "Niger, Mali's partner in the Alliance of Sahel States alongside Burkina Faso":
/// the state before the comma, the state whose partner it is and the states named after "إلى
/// جانب" / "alongside" (list `co_subject_markers`) right after the bloc are all its members.
extension StructuralPatterns {
    /// Emits `member_of` for each state such an apposition names.
    func partnersInBlocs(_ work: SentenceWork, context: DocumentContext) {
        let partnerBit = lexicon.wordLists.bit("bloc_partner_nouns")
        for noun in work.tokens.indices.dropFirst(2) where work.tokens[noun].wordLists & partnerBit != 0 {
            guard let partner = partnerOf(noun, work), let bloc = bloc(after: noun, partner: partner, work),
                  context.kind(bloc.ids[0]) == .alliance else { continue }
            let apposed = partner.range.lowerBound < noun ? partner.range.lowerBound - 1 : noun - 1
            guard apposed > 0, [",", "،"].contains(work.tokens[apposed].mark), let head = work.actor(endingBefore: apposed, gap: 0) else { continue }
            var members = head.ids + partner.ids
            var end = bloc.range.upperBound
            if let marker = work.spanIndex(startingAt: end), work.spans[marker].value == .function("co_subject_markers"),
               let first = work.firstActor(in: work.spans[marker].range.upperBound..<(work.spans[marker].range.upperBound + 1)) {
                let list = work.coordinated(from: first, keywords: lexicon.keywords)
                (members, end) = (members + list.ids, list.end)
            }
            for member in members.map(context.actingEntity) where context.kind(member) == .state {
                context.emit(member, .memberOf, bloc.ids[0], sentence: work.sentence, tokens: head.range.lowerBound...(end - 1),
                             rule: "bloc_partner", confidence: 0.7)
            }
        }
    }

    /// The actor whose partner the noun at `noun` names: in Arabic the one right after it, in
    /// English the one before its possessive ("Mali's partner").
    private func partnerOf(_ noun: Int, _ work: SentenceWork) -> Actor? {
        if work.sentence.document.isArabic(work.tokens[noun]) {
            return work.actors.first { $0.range.lowerBound == noun + 1 && $0.clitic.isEmpty }
        }
        guard let possessive = work.possessiveLength(before: noun) else { return nil }
        return work.actor(endingBefore: noun - possessive, gap: 0)
    }

    /// The actor named right after "في" / "in" (and "the") after the partner phrase.
    private func bloc(after noun: Int, partner: Actor, _ work: SentenceWork) -> Actor? {
        var cursor = max(noun, partner.range.upperBound - 1) + 1
        guard work.token(cursor, isOneOf: lexicon.keywords.locative) else { return nil }
        cursor += 1
        if work.token(cursor, is: lexicon.keywords.the) { cursor += 1 }
        return work.actors.first { $0.range.lowerBound == cursor }
    }
}
