import EntityGraph

/// The states a count anaphor stands for when the sentence names just that many before it, but
/// not as one list ("وانسحبت مالي مع جارتيها بوركينا فاسو والنيجر ...، وشكلت الدول الثلاث").
extension Coreference {
    /// The distinct states of the sentence's actors before token `index`, in order, when there
    /// are exactly `count` of them.
    func statesNamedApart(_ count: Int, before index: Int, _ work: SentenceWork, context: DocumentContext) -> [String]? {
        var states: [String] = []
        for actor in work.actors where actor.range.upperBound <= index {
            for id in actor.ids where context.kind(id) == .state && !states.contains(id) { states.append(id) }
        }
        return states.count == count ? states : nil
    }
}
