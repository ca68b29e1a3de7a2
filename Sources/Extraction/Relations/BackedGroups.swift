import EntityGraph

/// "Iran-backed Houthis", "Russian-backed separatists", "the Iran-backed group": a state (or its
/// adjective) glued by a hyphen to a support verb's participle supports the actor named right
/// after it, or the group a head noun of list `group_anaphora` after it refers back to.
extension StructuralPatterns {
    /// Emits supports from each such state to the actor it backs.
    func backedGroups(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.range.count == 1 {
            guard case .trigger(let frame) = span.value, RelationType(lexicon.frames[frame].type) == .supports else { continue }
            let start = span.range.lowerBound
            guard PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, start - 1), work.sentence.text(of: start).hasSuffix("ed"),
                  let backer = backer(endingAt: start - 1, work, context: context),
                  let backed = work.actors.first(where: { $0.range.lowerBound == start + 1 }).map({ context.actingEntity($0.ids[0]) })
                    ?? officeInsideTitle(at: start + 1, work, context: context)
                    ?? groupNamedBack(at: start + 1, work, context: context), backed != backer else { continue }
            context.emit(backer, .supports, backed, sentence: work.sentence, tokens: (start - 2)...(start + 1), rule: "backed_by", confidence: 0.8)
        }
    }

    /// The state named, or whose adjective is written, right before token `end`.
    private func backer(endingAt end: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        if let actor = work.actor(endingBefore: end, gap: 0), context.kind(context.actingEntity(actor.ids[0])) == .state {
            return context.actingEntity(actor.ids[0])
        }
        if case .nisba(let state)? = work.span(endingAt: end)?.value { return state }
        return nil
    }

    /// The body named at token `index` inside a longer actor, a title's ("vice president of the
    /// Saudi-backed Presidential Leadership Council").
    private func officeInsideTitle(at index: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard work.actors.contains(where: { $0.range.contains(index) }), let span = work.spanIndex(startingAt: index),
              case .entity(let id) = work.spans[span].value, context.kind(id) != .person else { return nil }
        return context.actingEntity(id)
    }

    /// The group a head noun of an English group anaphor ("group", "militia") at `index` refers to.
    private func groupNamedBack(at index: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard index < work.tokens.count, work.tokens[index].isWord else { return nil }
        let heads = Set((lexicon.functionWords.lists["group_anaphora"]?["en"] ?? []).compactMap { Lexicon.nameWords($0).last })
        let word = NameFolding.fold(work.sentence.text(of: index))
        guard heads.contains(word) else { return nil }
        return context.lastGroup(holding: word, also: work.actors.filter { $0.range.upperBound <= index }.flatMap(\.ids))
    }
}
