import EntityGraph

/// A leader's title with no state of its own in what a state's official says ("وقال وزير الخارجية
/// البيروفي هوغو دي زيلا إن حكومة الرئيس خوسيه خيري قررت"): the leader of the speaker's state.
extension RoleRecognizer {
    /// The state of the person who speaks before the title, when a complementizer opens the
    /// reported clause between them and the clause names no state or nisba before the title.
    func speakersState(before title: Span, role: String, _ work: SentenceWork, context: DocumentContext) -> String? {
        let start = title.range.lowerBound
        guard lexicon.leaderRoles.contains(role), let speaker = work.speechSubject(before: start), speaker.ids.count == 1,
              context.kind(speaker.ids[0]) == .person, let state = context.affiliation[speaker.ids[0]], context.kind(state) == .state,
              let clause = (speaker.range.upperBound..<start).last(where: { work.token($0, isIn: .complementizers, lexicon: lexicon) })
        else { return nil }
        let namesState = work.spans.contains { span in
            guard span.range.lowerBound > clause, span.range.upperBound <= start else { return false }
            if case .entity(let id) = span.value { return context.kind(context.actingEntity(id)) == .state }
            return span.value.isNisba
        }
        return namesState ? nil : state
    }
}
