import EntityGraph

/// A state called "neighbouring" with no state after it ("نُقل السجناء إلى ليتوانيا المجاورة",
/// "بولندا وليتوانيا المجاورتين", "fled to neighbouring Lithuania", after a preposition or an
/// article in English, "neighbouring" after any word) borders the state the sentence's subject
/// stands for ("Russia sent troops to neighbouring Belarus"), or else the state of the dateline's
/// place (a story filed from Minsk) or the first state the story named: the neighbour is the
/// story's.
extension StructuralPatterns {
    /// Emits borders between each state called neighbouring and the state it neighbours.
    func neighbouringStates(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("border_triggers") && span.range.count == 1 {
            let index = span.range.lowerBound
            let written = work.sentence.text(of: index)
            let neighbours: [Actor]
            if work.sentence.document.isArabic(work.tokens[index]) {
                guard work.sentence.document.startsWithArticle(work.tokens[index]) || span.clitic.hasSuffix("ال"),
                      let before = work.actor(endingBefore: index, gap: 0),
                      work.firstActor(in: span.range.upperBound..<(span.range.upperBound + 2)) == nil else { continue }
                let list = work.coordinatedBefore(before, keywords: lexicon.keywords, kind: context.kind)
                neighbours = work.actors.filter { $0.range.upperBound <= index && $0.range.lowerBound >= list.start }
            } else {
                // An adjective after a preposition or an article ("to neighbouring Lithuania"), not a participle ("states bordering
                // Russia"); "neighbouring" is one anywhere ("has asked neighboring South Africa").
                guard written.hasSuffix("ing"), let after = work.actors.first(where: { $0.range.lowerBound == span.range.upperBound }),
                      work.token(index - 1, isOneOf: lexicon.keywords.prepositions) || work.token(index - 1, isOneOf: lexicon.keywords.articles)
                        || written.lowercased().hasPrefix("neighbo")
                else { continue }
                neighbours = [after]
            }
            let states = neighbours.compactMap { $0.ids.count == 1 && context.kind($0.ids[0]) == .state ? $0.ids[0] : nil }
            guard !states.isEmpty, let home = neighbouredState(before: index, excluding: states, work, context: context) else { continue }
            for state in states {
                context.emit(home, .borders, state, sentence: work.sentence, tokens: min(index, neighbours[0].range.lowerBound)...max(index, neighbours.last!.range.upperBound - 1),
                             rule: "neighbouring", confidence: 0.7)
            }
        }
    }

    /// The state of the sentence's first actor before `index`, when it is no preposition's object
    /// and not among the neighbours, else the dateline's state, else the first state the story
    /// named ("Belarus freed 52 prisoners ... driven to neighboring Lithuania", filed from Vilnius).
    /// A person serving another state than the dateline's, with someone of that state named after
    /// him, is a visitor speaking of the host's neighbour ("بحث بارو مع الرئيس التشادي الأوضاع في
    /// السودان المجاور", filed from N'Djamena).
    private func neighbouredState(before index: Int, excluding neighbours: [String], _ work: SentenceWork, context: DocumentContext) -> String? {
        if let main = work.actors.first, main.range.upperBound <= index, !neighbours.contains(main.ids[0]),
           !work.isPrepositional(main), let state = context.state(of: main.ids[0]) {
            let host = context.datelineState.flatMap { home in
                work.actors.contains { $0.range.lowerBound > main.range.lowerBound && $0.range.upperBound <= index && context.state(of: $0.ids[0]) == home }
                    ? home : nil
            }
            if context.kind(main.ids[0]) == .person, let host, host != state, !neighbours.contains(host) { return host }
            return neighbours.contains(state) ? nil : state
        }
        return [context.datelineState, context.firstStateNamed].compactMap { $0 }.first { !neighbours.contains($0) }
    }
}
