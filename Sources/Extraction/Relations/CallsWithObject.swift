import EntityGraph

/// Something said or done to someone "in a phone call" or during talks ("Putin congratulated the
/// two leaders in a phone call", "Modi told Trump in a phone call", "هنأ بوتين نظيره في اتصال
/// هاتفي", "Macron told Xi during talks in Beijing"; not "during a meeting of"): the
/// sentence's first actor (or the head of a relative clause closed before the verb: "Putin, whose
/// country ..., congratulated") and the one right before the phrase spoke, so met; an Arabic
/// word with ب that says what for, or a comma, may stand between ("هنأ روتو نظيرته بفوزها، في اتصال
/// هاتفي").
extension StructuralPatterns {
    /// Emits met_with between the first actor and each actor right before a phrase of
    /// `call_phrases` or a meeting noun after a word of `during_words`, both people or both states.
    func callsWithObject(_ work: SentenceWork, context: DocumentContext) {
        let phrases = work.spans.filter { $0.value == .function("call_phrases") }.map(\.range) + duringTalks(work)
        for phrase in phrases {
            guard let callee = work.actor(endingBefore: phrase.lowerBound, gap: 0) ?? calleeBeforeComma(phrase, work) ?? calleeBeforeOccasion(phrase, work),
                  let first = work.actors.first, first.range.upperBound <= callee.range.lowerBound,
                  let caller = work.relativeClauseHead(of: callee.range.lowerBound - 1, lexicon: lexicon)
                    ?? (work.hasClauseBreak(first.range.upperBound..<callee.range.lowerBound) ? nil : first),
                  caller.range.upperBound <= callee.range.lowerBound, caller.ids.count == 1 else { continue }
            let kind = context.kind(caller.ids[0])
            for id in callee.ids where id != caller.ids[0] && context.kind(id) == kind && [.person, .state].contains(kind) {
                context.emit(caller.ids[0], .metWith, id, sentence: work.sentence,
                             tokens: caller.range.lowerBound...(phrase.upperBound - 1), rule: "call_with_object", confidence: 0.65)
            }
        }
    }

    /// The tokens of each word of list `during_words` before a meeting noun, an English article
    /// or possessive between, that a place, a partner or the clause's end follows ("خلال
    /// محادثات في بكين", "during a meeting at the Elysee"; not "during a meeting of").
    private func duringTalks(_ work: SentenceWork) -> [Range<Int>] {
        let duringBit = lexicon.wordLists.bit("during_words")
        return work.tokens.indices.compactMap { during in
            guard work.tokens[during].wordLists & duringBit != 0 else { return nil }
            let determined = work.token(during + 1, isOneOf: lexicon.keywords.articles) || work.token(during + 1, isIn: .possessives, lexicon: lexicon)
            let noun = determined ? during + 2 : during + 1
            guard work.token(noun, isIn: .meetingNouns, lexicon: lexicon) else { return nil }
            let next = noun + 1
            guard next == work.tokens.count || !work.tokens[next].isWord || work.token(next, isOneOf: lexicon.keywords.locative)
                    || work.token(next, isOneOf: lexicon.keywords.withWords) else { return nil }
            return during..<next
        }
    }

    /// The actor right before a comma that opens the phrase ("حث ماكرون نظيره الصيني شي، خلال
    /// محادثات في بكين، على").
    private func calleeBeforeComma(_ phrase: Range<Int>, _ work: SentenceWork) -> Actor? {
        let comma = phrase.lowerBound - 1
        guard comma >= 1, [",", "،"].contains(work.tokens[comma].mark) else { return nil }
        return work.actor(endingBefore: comma, gap: 0)
    }

    /// The actor before an Arabic word with the proclitic ب (the occasion: "بفوزها") and at most
    /// a comma, right before a call phrase.
    private func calleeBeforeOccasion(_ phrase: Range<Int>, _ work: SentenceWork) -> Actor? {
        var occasion = phrase.lowerBound - 1
        if occasion >= 0, work.tokens[occasion].mark == "،" { occasion -= 1 }
        guard occasion >= 1, work.tokens[occasion].isWord, work.sentence.document.isArabic(work.tokens[occasion]),
              NameFolding.fold(work.sentence.text(of: occasion)).hasPrefix("ب"), work.spanIndex(startingAt: occasion) == nil else { return nil }
        return work.actor(endingBefore: occasion, gap: 0)
    }
}
