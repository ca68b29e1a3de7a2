import EntityGraph

/// The object of an English verb in a relative clause about a list ("gangs such as Los Choneros
/// and Los Lobos, which Washington designated as terrorist organizations"): the list's first
/// member, so that the object reading takes in all of them.
extension FramePatterns {
    /// The first actor of the list that ends with the head of the relative clause the trigger at
    /// `index` stands in, when it fits; else the head itself when it fits.
    func relativeObjectList(of index: Int, _ work: SentenceWork, context: DocumentContext, fits: (Actor) -> Bool) -> Actor? {
        guard let head = work.objectRelativeHead(of: index, lexicon: lexicon) else { return nil }
        let start = work.coordinatedBefore(head, keywords: lexicon.keywords, kind: context.kind).start
        return [work.actors.first { $0.range.lowerBound == start }, head].compactMap { $0 }.first(where: fits)
    }
}
