/// The states a group is spelled out as, in apposition after it ("انتقدت طهران الترويكا
/// الأوروبية، فرنسا وبريطانيا وألمانيا، لتفعيلها", "Moscow criticised the E3, France, Britain
/// and Germany,"), and the people named among a group of a state's officials ("عقوبات على
/// مسؤولين جورجيين، بينهم إيفانيشفيلي"): each of them is an object of the frame too; the states
/// a group subject is spelled out as act with it ("أعلنت دول تحالف الساحل، مالي والنيجر وبوركينا
/// فاسو،").
extension FramePatterns {
    /// The entities of a trigger's subject, a seat of power read as its state where the frame
    /// says so, with the states a group subject is spelled out as between commas
    /// (`SentenceWork.membersInApposition`: "أعلنت دول تحالف الساحل، مالي والنيجر وبوركينا فاسو،
    /// استدعاء سفرائها": each of them acts too).
    func actingSubjects(_ subject: Subject, frame frameIndex: Int, _ work: SentenceWork) -> [String] {
        let ids = lexicon.frameActsAsState[frameIndex] ? subject.ids.map { lexicon.entities[$0]?.seatOf?.of ?? $0 } : subject.ids
        guard let members = work.membersInApposition(endingAt: subject.end) else { return ids }
        return ids + members.ids.filter { !ids.contains($0) }
    }

    /// The states listed right after the comma that follows `group`, when `group` is an alliance
    /// and they are two or more states, and where the list ends; nil otherwise.
    func groupMembersInApposition(after group: Actor, _ work: SentenceWork, context: DocumentContext) -> (ids: [String], end: Int)? {
        guard group.ids.count == 1, context.kind(group.ids[0]) == .alliance,
              let list = work.listInApposition(after: group.range.upperBound, keywords: lexicon.keywords),
              list.ids.count >= 2, list.ids.allSatisfy({ context.kind($0) == .state }) else { return nil }
        return list
    }

    /// The people named after a marker of inclusion (lists `inclusion_markers`: "بينهم", and
    /// `example_markers`: "including") that follows the comma closing a group named by its state, at most two words
    /// after `group` ("Georgian officials, including Bidzina Ivanishvili"), and where they end.
    func peopleIncluded(after group: Actor, _ work: SentenceWork, context: DocumentContext) -> (ids: [String], end: Int)? {
        guard work.spanIndex(startingAt: group.range.lowerBound).map({ work.spans[$0].value.isNisba }) == true,
              let comma = (group.range.upperBound..<min(work.tokens.count, group.range.upperBound + 3)).first(where: { !work.tokens[$0].isWord }),
              work.tokens[comma].mark == "," || work.tokens[comma].mark == "،",
              let marker = work.spans.first(where: { span in
                  span.range.lowerBound == comma + 1 && [.function("inclusion_markers"), .function("example_markers")].contains(span.value)
              }),
              let first = work.actors.first(where: { $0.range.lowerBound == marker.range.upperBound }) else { return nil }
        let list = work.coordinated(from: first, keywords: lexicon.keywords)
        let people = list.ids.filter { context.kind($0) == .person }
        return people.isEmpty ? nil : (people, list.end)
    }
}
