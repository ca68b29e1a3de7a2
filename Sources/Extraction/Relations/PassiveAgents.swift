import EntityGraph

/// The agent of an English passive: after "by" past the object or past a few words after the verb
/// ("were barred from running by"), or the state of a nisba or a possessive in what the verb acts
/// on; and whether a passive names no agent at all.
extension FramePatterns {
    /// The agent of an English event noun followed by a passive ("Sanctions were imposed on Minsk
    /// by the European Union"): the actor after "by", within eight tokens of the noun and in its
    /// clause; the object is then looked for between them.
    func passiveAgentAfterObject(of trigger: Span, _ work: SentenceWork) -> Actor? {
        let end = trigger.range.upperBound
        guard work.token(end, isIn: .passiveAuxiliaries, lexicon: lexicon),
              let by = (end + 1..<min(end + 8, work.tokens.count)).first(where: { work.token($0, is: lexicon.keywords.by) }),
              !work.hasClauseBreak(end..<by) else { return nil }
        return work.firstActor(in: (by + 1)..<(by + 4))
    }

    /// The agents of an English passive from the first one after "by": those coordinated with
    /// it, and those after "and by" ("a move criticised by China and by Russia's Foreign
    /// Ministry"), with where the last ends.
    func passiveAgents(from agent: Actor, _ work: SentenceWork) -> (ids: [String], end: Int) {
        var (ids, end) = work.coordinated(from: agent, keywords: lexicon.keywords)
        while work.token(end, is: lexicon.keywords.and), work.token(end + 1, is: lexicon.keywords.by),
              let next = work.actors.first(where: { $0.range.lowerBound == end + 2 }) {
            let more = work.coordinated(from: next, keywords: lexicon.keywords)
            (ids, end) = (ids + more.ids.filter { !ids.contains($0) }, more.end)
        }
        return (ids, end)
    }

    /// The state named by a nisba or a possessive in what an English passive verb acts on,
    /// written before its auxiliary in the same clause ("Russian tactical nuclear weapons were
    /// deployed to Belarus", "Russia's Oreshnik system had been deployed in Belarus": Russia
    /// deploys), when no other actor stands between; with the index where it is written.
    func passiveNisbaAgent(of trigger: Span, _ work: SentenceWork) -> (state: String, at: Int)? {
        let auxiliary = trigger.range.lowerBound - 1
        guard work.token(auxiliary, isIn: .passiveAuxiliaries, lexicon: lexicon) else { return nil }
        for position in work.spans.indices.reversed() where work.spans[position].range.upperBound <= auxiliary {
            let span = work.spans[position]
            guard auxiliary - span.range.lowerBound <= 8, !work.hasClauseBreak(span.range.upperBound..<auxiliary) else { return nil }
            if let actor = work.actors.first(where: { $0.range.contains(span.range.lowerBound) }) {
                return work.isPossessiveEnding(at: actor.range.upperBound) ? (actor.ids[0], actor.range.lowerBound) : nil
            }
            if case .nisba(let state) = span.value { return (state, span.range.lowerBound) }
        }
        return nil
    }

    /// Whether an English verb of a directed relation is a passive with no agent named, in a
    /// clause reported after a speech verb that follows the last actor ("Ukraine said a train was
    /// hit near Kharkiv"): the speaker is not its subject. A trigger ending in a gerund is no
    /// passive ("Fiji said it was committed to helping Samoa").
    func isAgentlessPassive(_ trigger: Span, frame: LexiconFiles.Frame, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound
        let word = work.sentence.text(of: start)
        guard work.token(start - 1, isIn: .passiveAuxiliaries, lexicon: lexicon), !word.hasSuffix("ing"), !word.hasSuffix("s"),
              !work.sentence.text(of: trigger.range.upperBound - 1).hasSuffix("ing"),
              !RelationVocabulary.core.isSymmetric(RelationType(frame.type)) else { return false }
        let lastActorEnd = work.actors.last { $0.range.upperBound <= start }?.range.upperBound ?? 0
        return work.spans.contains { $0.value == .function("speech_verbs") && $0.range.lowerBound >= lastActorEnd && $0.range.upperBound <= start }
    }
}

extension FramePatterns {
    /// The "by" of an English passive verb after a passive auxiliary, one to three words naming
    /// no one after it ("were barred from running by the Constitutional Council") or a place
    /// after "in" ("was signed in Baghdad by"), if any.
    func delayedPassiveBy(of trigger: Span, _ work: SentenceWork) -> Int? {
        let end = trigger.range.upperBound
        guard work.token(trigger.range.lowerBound - 1, isIn: .passiveAuxiliaries, lexicon: lexicon) else { return nil }
        let namesSomeone = { (index: Int) in
            work.actors.contains { actor in
                actor.range.contains(index) && !(work.token(actor.range.lowerBound - 1, isOneOf: self.lexicon.keywords.locative)
                    && actor.ids.allSatisfy { self.lexicon.entities[$0]?.kind == .place })
            }
        }
        for by in (end + 1)...(end + 3) where by < work.tokens.count {
            guard work.tokens[by - 1].isWord, !namesSomeone(by - 1) else { return nil }
            if work.token(by, is: lexicon.keywords.by) { return by }
        }
        return nil
    }
}
