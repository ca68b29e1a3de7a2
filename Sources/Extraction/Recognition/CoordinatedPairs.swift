import EntityGraph

/// The pair "the two countries" / "البلدين" takes when two states were joined by و / "and"
/// before it in the sentence.
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
}
