/// A group spelled out between commas right after it: "أعلنت دول تحالف الساحل، مالي والنيجر
/// وبوركينا فاسو، الأحد استدعاء سفرائها", "انتقدت دول البلطيق، إستونيا ولاتفيا وليتوانيا،
/// روسيا". The list restates the group: it is no object of the verb before it, and its commas
/// break no clause.
extension SentenceWork {
    /// The states listed between commas right after the actor that ends at token `index`, when
    /// that actor is a group (an alliance, or two states or more taken up by anaphora: "الدول
    /// الثلاث"), and the index of the closing comma; nil otherwise.
    func membersInApposition(endingAt index: Int) -> (ids: [String], close: Int)? {
        guard let group = actors.last(where: { $0.range.upperBound == index }),
              group.ids.count == 1 ? lexicon.entities[group.ids[0]]?.kind == .alliance : group.source == .anaphora,
              let list = listInApposition(after: index, keywords: lexicon.keywords), list.ids.count >= 2,
              list.end < tokens.count, tokens[list.end].mark == "،" || tokens[list.end].mark == ",",
              list.ids.allSatisfy({ lexicon.entities[$0]?.kind == .state }) else { return nil }
        return (list.ids, list.end)
    }

    /// Marks the commas around each such list as an aside's, once the sentence's actors are known.
    func setOffMembersInApposition() {
        for actor in actors {
            if let members = membersInApposition(endingAt: actor.range.upperBound) {
                asideCommas.formUnion([actor.range.upperBound, members.close])
            }
        }
    }
}
