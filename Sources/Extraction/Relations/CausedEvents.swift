import EntityGraph

/// Events someone was driven to by something else ("ما دفع مالي إلى استدعاء سفيرها", "prompting
/// Estonia to request consultations with NATO"): the ones driven, named right after a word of
/// list `causative_verbs` and before "إلى" / "to" ("prompted Poland and Estonia to request": a
/// list), are the subject of the event word after that.
extension SentenceWork {
    /// The actor, or the actors listed from it, named right after (or after "the" after) the last
    /// word of list `causative_verbs` before token `index`, followed within three tokens by "إلى" /
    /// "to" before `index`: one actor over the whole list.
    func drivenActor(before index: Int) -> Actor? {
        guard let verb = spans.last(where: { $0.range.upperBound <= index && $0.value == .function("causative_verbs") }) else { return nil }
        let start = verb.range.upperBound
        guard let first = actors.first(where: { actor in
            (actor.range.lowerBound == start || (actor.range.lowerBound == start + 1 && token(start, is: lexicon.keywords.the)))
                && actor.range.upperBound < index
        }) else { return nil }
        let list = coordinated(from: first, keywords: lexicon.keywords)
        guard list.end < index, index - list.end <= 3,
              token(list.end, is: lexicon.keywords.to) || token(list.end, is: lexicon.keywords.toEnglish) else { return nil }
        return Actor(ids: list.ids, range: first.range.lowerBound..<list.end, clitic: first.clitic, source: first.source)
    }
}

extension FramePatterns {
    /// The actor driven to the event a trigger names, when "إلى" / "to" stands right before it.
    func causedSubject(of trigger: Span, _ work: SentenceWork) -> Actor? {
        let to = trigger.range.lowerBound - 1
        guard let driven = work.drivenActor(before: trigger.range.lowerBound), driven.range.upperBound == to else { return nil }
        return driven
    }
}
