import EntityGraph

/// A dual Arabic title with the article, an adjective after it at most, followed by two names the
/// lexicon lacks joined by و, the first opening with a given name (list `given_names`;
/// "الرئيسين المشاركين دانييل أورتيغا وروزاريو موريو"): two holders of the title in
/// one state, the state of the last state, capital or nisba the sentence named before the title
/// ("في العاصمة النيكاراغوية ماناغوا"); named but given no state when none is.
extension RoleRecognizer {
    /// Reads such a title at span `index`; false when no two names follow it.
    func coHoldersOfDualTitle(_ index: Int, role: String, _ work: SentenceWork, context: DocumentContext) -> Bool {
        let title = work.spans[index]
        guard work.sentence.document.isArabic(work.tokens[title.range.lowerBound]) else { return false }
        let head = NameFolding.fold(work.sentence.text(of: title.range.lowerBound)).dropFirst(title.clitic.count)
        guard head.hasPrefix("ال"), head.hasSuffix("ين") || head.hasSuffix("ان") else { return false }
        var cursor = title.range.upperBound
        if cursor < work.tokens.count, work.tokens[cursor].isWord, work.spanIndex(startingAt: cursor) == nil,
           work.sentence.document.startsWithArticle(work.tokens[cursor]) { cursor += 1 } // "المشاركين"
        // Two names the lexicon lacks, the first opening with a given name ("بحث الرئيسان سبل تعزيز" names no one).
        guard cursor < work.tokens.count, lexicon.givenNames.contains(work.tokens[cursor].word), !lexicon.isAnyFunctionWord(work.tokens[cursor].word),
              let first = holder(at: cursor, conjoined: false, work, context: context), first.spans.isEmpty,
              let second = holder(at: first.range.upperBound, conjoined: true, work, context: context), second.spans.isEmpty else { return false }
        work.consumed.formUnion([index] + first.spans + second.spans)
        let office = work.spans[..<index].reversed().lazy.compactMap { span -> String? in
            switch span.value {
            case .nisba(let state): return state
            case .entity(let id) where [.state, .place].contains(context.kind(id)): return context.state(of: context.actingEntity(id))
            default: return nil
            }
        }.first
        for person in [first, second] {
            context.mention(person.id, in: work.sentence, person.range)
            // The title opens the first holder's phrase, as it opens a titled name's.
            let range = person.id == first.id ? title.range.lowerBound..<person.range.upperBound : person.range
            work.add(Actor(ids: [person.id], range: range, clitic: person.id == first.id ? title.clitic : "و", source: .name))
            if let office {
                recordSecondHolder(person.id, role: role, office: office, evidence: title.range.lowerBound...(person.range.upperBound - 1), work, context: context)
            }
        }
        return true
    }
}
