import EntityGraph

/// Membership stated by naming the group a list of states forms, in apposition after the list:
/// "The United States, Saudi Arabia, Egypt and the UAE, a group known as the Quad, proposed",
/// "Britain, France and Germany, the so-called E3,", "فرنسا وبريطانيا وألمانيا، المعروفة باسم
/// الترويكا الأوروبية،".
extension StructuralPatterns {
    /// The two or more states listed right before a comma and a phrase of list
    /// `group_naming_phrases` ("a group known as", "the so-called") are members of the alliance or
    /// organisation the phrase names, "the" allowed before the phrase and after it.
    func membersNamedAsGroup(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("group_naming_phrases") {
            var opening = span.range.lowerBound
            if work.isEnglishArticle(opening - 1, definite: true) { opening -= 1 } // ", the so-called E3"
            let comma = opening - 1
            var named = span.range.upperBound
            if work.isEnglishArticle(named, definite: true) { named += 1 }
            guard comma >= 1, work.tokens[comma].mark == "," || work.tokens[comma].mark == "،",
                  let group = work.firstActor(in: named..<(named + 1)), group.ids.count == 1,
                  [.alliance, .organization].contains(context.kind(group.ids[0])),
                  let last = work.actor(endingBefore: comma, gap: 0) else { continue }
            let list = work.coordinatedBefore(last, keywords: lexicon.keywords, kind: context.kind)
            let members = list.ids.map(context.actingEntity)
            guard members.count >= 2, members.allSatisfy({ context.kind($0) == .state }) else { continue }
            for member in members {
                context.emit(member, .memberOf, group.ids[0], sentence: work.sentence, tokens: list.start...(group.range.upperBound - 1),
                             rule: "member_named_as_group", confidence: 0.8)
            }
        }
    }
}
