import EntityGraph

/// The object of an English verb in a relative clause about a list ("gangs such as Los Choneros
/// and Los Lobos, which Washington designated as terrorist organizations"): the list's first
/// member, so that the object reading takes in all of them; after a deed whose phrase the head
/// ends, its doer.
extension FramePatterns {
    /// The first actor of the list that ends with the head of the relative clause the trigger at
    /// `index` stands in, when it fits; else the head itself when it fits.
    func relativeObjectList(of index: Int, _ work: SentenceWork, context: DocumentContext, fits: (Actor) -> Bool) -> Actor? {
        guard let head = work.objectRelativeHead(of: index, lexicon: lexicon) else { return nil }
        if work.isPrepositional(head), let doer = doerOfDeed(endingWith: head, work) { return fits(doer) ? doer : nil }
        let start = work.coordinatedBefore(head, keywords: lexicon.keywords, kind: context.kind).start
        return [work.actors.first { $0.range.lowerBound == start }, head].compactMap { $0 }.first(where: fits)
    }

    /// The doer of the deed whose phrase a prepositional head ends ("Russia launched a drone attack on
    /// Kyiv, which France condemned": the attack is condemned, so Russia is): the first actor of the
    /// sentence that no preposition introduces, before an event word that stands before the head.
    private func doerOfDeed(endingWith head: Actor, _ work: SentenceWork) -> Actor? {
        guard let doer = work.actors.first(where: { !work.isPrepositional($0) }), doer.range.upperBound < head.range.lowerBound,
              work.spans.contains(where: { $0.isEventWord && $0.range.lowerBound >= doer.range.upperBound && $0.range.upperBound <= head.range.lowerBound })
        else { return nil }
        return doer
    }
}
