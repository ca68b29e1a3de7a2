import EntityGraph

/// An English title stated of a person named just before it with "is" ("Aidarous al-Zubaidi is
/// also vice president of the Presidential Leadership Council"): the person holds the title's
/// role in its office, which stays an actor of its own ("..., which is headed by" may follow).
/// A comma may close the name's apposition before "is" ("The STC's leader, Aidarous al-Zubaidi,
/// is also") or a relative "who" ("Thongloun Sisoulith, who is also general secretary of the
/// ruling Lao People's Revolutionary Party"); "was" states a former office and gives none.
extension RoleRecognizer {
    /// Folded words that may stand between "is" and the title ("is also", "is now").
    private static let copularAdverbs: Set<String> = ["also", "now", "currently"]

    /// Emits holds_role for each person a title is stated of.
    func copularTitles(_ work: SentenceWork, context: DocumentContext) {
        for (index, office) in work.actors.enumerated() {
            guard office.source == .title, office.ids.count == 1, context.kind(office.ids[0]) != .person,
                  let title = work.spans.first(where: { office.range.contains($0.range.lowerBound) && $0.value.isTitle }),
                  case .title(let role) = title.value else { continue }
            var cursor = title.range.lowerBound - 1
            let deputy = work.token(cursor, isIn: .deputyWords, lexicon: lexicon)
            if deputy { cursor -= 1 }
            if work.token(cursor, isOneOf: lexicon.keywords.articles) { cursor -= 1 }
            if cursor > 0, Self.copularAdverbs.contains(NameFolding.fold(work.sentence.text(of: cursor))) { cursor -= 1 }
            guard cursor > 0, office.range.lowerBound >= cursor, NameFolding.fold(work.sentence.text(of: cursor)) == "is" else { continue }
            if cursor > 1, NameFolding.fold(work.sentence.text(of: cursor - 1)) == "who", work.tokens[cursor - 2].mark == "," { cursor -= 1 } // ", who is also"
            guard let position = work.actors.lastIndex(where: { $0.range.upperBound == cursor
                      || $0.range.upperBound == cursor - 1 && work.tokens[cursor - 1].mark == "," }), position < index,
                  work.actors[position].source == .name, work.actors[position].ids.count == 1,
                  context.kind(work.actors[position].ids[0]) == .person else { continue }
            let holder = work.actors[position]
            context.emit(holder.ids[0], .holdsRole, office.ids[0], attributes: ["role": deputy ? "deputy_" + role : role],
                         sentence: work.sentence, tokens: holder.range.lowerBound...(office.range.upperBound - 1),
                         rule: "copular_title", confidence: 0.8)
        }
    }

    /// Whether an English title follows "was" or "were", an article between allowed ("Boris
    /// Johnson was the prime minister of Britain"): a past office, naming no one who holds it now.
    func followsPastCopula(_ title: Span, _ work: SentenceWork) -> Bool {
        var cursor = title.range.lowerBound - 1
        if work.token(cursor, isOneOf: lexicon.keywords.articles) { cursor -= 1 }
        guard cursor >= 0, !work.sentence.document.isArabic(work.tokens[title.range.lowerBound]) else { return false }
        return ["was", "were"].contains(NameFolding.fold(work.sentence.text(of: cursor)))
    }
}
