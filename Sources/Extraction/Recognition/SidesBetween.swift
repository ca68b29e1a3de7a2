import EntityGraph

/// The two sides named after بين / "between" ("the agreement between Israel and Hamas",
/// "الهدنة بين الجيش والدعم السريع"): what "الطرفين" / "both sides" refer to when no meeting
/// between two states was read since.
extension Coreference {
    /// Remembers the last two states, groups or alliances the sentence names after "between",
    /// by name or by nisba.
    func rememberSidesBetween(_ work: SentenceWork, context: DocumentContext) {
        let between = Array(lexicon.keywords.between) // two words: no hashing per token
        for index in work.tokens.indices where between.contains(work.tokens[index].word) {
            guard let sides = (work.listAfter(index + 1)?.ids ?? nisbaPair(after: index + 1, work))?.map(context.actingEntity) else { continue }
            guard sides.count == 2, sides[0] != sides[1],
                  sides.allSatisfy({ [.state, .organization, .alliance].contains(context.kind($0)) }) else { continue }
            context.lastSidesBetween = (sides, context.sentenceNumber)
        }
    }

    /// The states of two nisbas right after "between", joined by "and" or و, a word before them
    /// allowed ("between Ukrainian and Russian delegations", "بين الوفدين الأوكراني والروسي").
    private func nisbaPair(after start: Int, _ work: SentenceWork) -> [String]? {
        var cursor = work.spanIndex(startingAt: start) == nil ? start + 1 : start
        guard let first = work.spanIndex(startingAt: cursor), case .nisba(let one) = work.spans[first].value else { return nil }
        cursor = work.spans[first].range.upperBound
        if work.token(cursor, is: lexicon.keywords.and) { cursor += 1 }
        guard let second = work.spanIndex(startingAt: cursor), case .nisba(let other) = work.spans[second].value,
              work.spans[second].clitic == "و" || work.token(cursor - 1, is: lexicon.keywords.and) else { return nil }
        return [one, other]
    }
}

extension DocumentContext {
    /// How many sentences back the sides named after "between" may lie.
    static let sidesReach = 5

    /// The two sides of the last meeting: its states, or its two people when one of them speaks
    /// for no state and they met after the last meeting of states ("بوتين يستقبل دوديك ... وبحث
    /// الجانبان": Putin and Dodik, not the last two states named).
    var sidesOfLastMeeting: [String]? {
        guard let meeting = lastStatelessMeeting, meeting.sentence > lastMeetingSentence || lastMeetingStates == nil else { return lastMeetingStates }
        return meeting.people
    }

    /// The sides last named after "between", within `sidesReach` sentences and not older than
    /// the last meeting between two states.
    func sidesNamedBetween() -> [String]? {
        guard let sides = lastSidesBetween, sentenceNumber - sides.sentence <= Self.sidesReach,
              sides.sentence >= lastMeetingSentence else { return nil }
        return sides.ids
    }
}

extension DocumentContext {
    /// The doer and the target of the last attack, when the target attacked the doer too (a
    /// fight), the attack was read after the last meeting between two states and within
    /// `sidesReach` sentences: "both sides" of the fight ("India struck ... Pakistan struck back
    /// ... China called on both sides to exercise restraint").
    func sidesOfLastFight() -> [String]? {
        guard let fight = lastDeeds[.attacks], fight.agents.count == 1, fight.agents[0] != fight.target,
              fight.sentence > lastMeetingSentence, sentenceNumber - fight.sentence <= Self.sidesReach,
              graph.relation(source: fight.target, type: .attacks, target: fight.agents[0]) != nil else { return nil }
        return [fight.agents[0], fight.target]
    }

    /// Whether two people serve one state: one side of a meeting, who meet no one of it ("Trump
    /// was joined by Secretary of State Marco Rubio").
    func areOneSide(_ one: String, _ other: String) -> Bool {
        kind(one) == .person && kind(other) == .person && state(of: one).map { $0 == state(of: other) } == true
    }

    /// Whether two parties of a relation of `type` are one side, so that it does not hold
    /// between them: two people of one state meeting, or a body and what it is part of in a joint
    /// event ("a joint statement by Dombrovskis and Borrell": the Commission and the EU).
    func areOneSide(_ one: String, _ other: String, in type: RelationType) -> Bool {
        (type == .metWith && areOneSide(one, other))
            || (RelationVocabulary.core.isSymmetric(type) && (isBody(one, of: other) || isBody(other, of: one)))
    }

    /// Whether `one` is a body of `other`, directly or through the bodies it is part of (the
    /// European Commission of the European Union): the two are one side of no joint event. A
    /// regional government is a side of its own towards its state (`self_governing`).
    func isBody(_ one: String, of other: String) -> Bool {
        var current = one
        for _ in 0..<4 {
            guard lexicon.entities[current]?.isSelfGoverning != true,
                  let parent = lexicon.entities[current]?.partOf ?? localParents[current] else { return false }
            if parent == other { return true }
            current = parent
        }
        return false
    }

    /// The side an entity takes in a meeting: its state, else the group it is or serves, or the
    /// bloc that group is a body of (the European Commission's president meets for the EU).
    func side(_ id: String) -> String? {
        if let state = state(of: id) { return state }
        let group = kind(id) == .person ? affiliation[id].flatMap { kind($0) == .organization ? $0 : nil } : kind(id) == .organization ? id : nil
        return group.map { group in lexicon.entities[group]?.partOf.flatMap { kind($0) == .alliance ? $0 : nil } ?? group }
    }
}
