import EntityGraph

/// The pair "the two countries" / "البلدين" takes when two states were joined by و / "and"
/// before it in the sentence, or opened two clauses of it joined by a comma and "and".
extension Coreference {
    /// The last two states the sentence names joined by و / "and" before token `index` ("توقيع
    /// طهران وموسكو معاهدة، في وقت تفرض فيه واشنطن عقوبات على البلدين": Iran and Russia, not
    /// Washington named last).
    func coordinatedPair(before index: Int, _ work: SentenceWork, context: DocumentContext) -> [String]? {
        for actor in work.actors.reversed() where actor.range.upperBound <= index {
            let list = work.coordinated(from: actor, keywords: lexicon.keywords)
            guard list.end <= index, list.ids.count == 2, !work.isMediator(actor, context: context),
                  !isInsideList(actor, work) else { continue }
            let states = list.ids.compactMap(context.state(of:))
            if states.count == 2, states[0] != states[1] { return states }
        }
        return nil
    }

    /// Whether an actor continues a list that starts before it ("مالي والنيجر وبوركينا فاسو":
    /// Niger and Burkina Faso are no pair of their own).
    func isInsideList(_ actor: Actor, _ work: SentenceWork) -> Bool {
        work.actors.contains { head in
            head.range.upperBound <= actor.range.lowerBound && work.coordinated(from: head, keywords: lexicon.keywords).end >= actor.range.upperBound
        }
    }

    /// The states that are the subjects of two clauses of the sentence before token `index`, each
    /// a state's name, the sentence's first actor or right after a comma and "and" ("Poland shot
    /// down Russian drones ..., and Estonia said Russian jets violated its airspace, prompting both
    /// countries to": Poland and Estonia, not the state of the jets), when there are exactly two.
    func clauseSubjectPair(before index: Int, _ work: SentenceWork, context: DocumentContext) -> [String]? {
        let subjects = work.actors.enumerated().filter { position, actor in
            guard actor.range.upperBound <= index, actor.source == .name, actor.ids.count == 1, context.kind(actor.ids[0]) == .state else { return false }
            if position == 0 { return true }
            let start = actor.range.lowerBound
            let afterAnd = work.token(start - 1, is: lexicon.keywords.and) ? start - 1 : actor.clitic == "و" ? start : nil
            return afterAnd.map { work.isComma($0 - 1) } ?? false
        }.map { $0.element.ids[0] }
        return subjects.count == 2 && subjects[0] != subjects[1] ? subjects : nil
    }
}
