/// The states a group is spelled out as, in apposition after it ("انتقدت طهران الترويكا
/// الأوروبية، فرنسا وبريطانيا وألمانيا، لتفعيلها", "Moscow criticised the E3, France, Britain
/// and Germany,"): each of them is an object of the frame too.
extension FramePatterns {
    /// The states listed right after the comma that follows `group`, when `group` is an alliance
    /// and they are two or more states, and where the list ends; nil otherwise.
    func groupMembersInApposition(after group: Actor, _ work: SentenceWork, context: DocumentContext) -> (ids: [String], end: Int)? {
        guard group.ids.count == 1, context.kind(group.ids[0]) == .alliance,
              let list = work.listInApposition(after: group.range.upperBound, keywords: lexicon.keywords),
              list.ids.count >= 2, list.ids.allSatisfy({ context.kind($0) == .state }) else { return nil }
        return list
    }
}
