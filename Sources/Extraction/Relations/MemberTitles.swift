import EntityGraph

/// A person described first as a member of a body the lexicon does not know as a bloc, then by a
/// title joined with و ("التقى عضو المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني ووزير
/// الخارجية وانغ يي"): the membership noun opens the person's titles, and the person is the
/// verb's subject.
extension FramePatterns {
    /// How many words after the membership noun the person is looked for.
    private static let memberTitleReach = 12

    /// The person that a chain of titles opened by a membership noun right after token `end`
    /// names: the first actor joined by و, a person, with no punctuation and no bloc before it.
    func personAfterMemberTitle(_ end: Int, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        guard let member = work.spans.first(where: { $0.range.lowerBound == end }), case .trigger(let frame) = member.value,
              RelationType(lexicon.frames[frame].type) == .memberOf,
              let person = work.actors.first(where: { $0.range.lowerBound >= member.range.upperBound
                  && $0.range.lowerBound < member.range.upperBound + Self.memberTitleReach && $0.clitic == "و" }),
              context.kind(person.ids[0]) == .person,
              (member.range.upperBound..<person.range.lowerBound).allSatisfy({ work.tokens[$0].isWord }),
              !work.actors.contains(where: { $0.range.lowerBound >= member.range.upperBound && $0.range.lowerBound < person.range.lowerBound
                  && context.kind($0.ids[0]) == .alliance }) else { return nil }
        return person
    }
}
