import EntityGraph

/// The counterpart of the sentence's first person, named after a person of another office that
/// person meets ("التقى فيدان رئيس الوزراء سباييتش ونظيره إبراهيموفيتش", "Fidan met Prime Minister
/// Spajic and his counterpart Ibrahimovic": the foreign minister of Spajic's state).
extension RoleRecognizer {
    /// The role and state of a counterpart with no nisba joined by "and" (و) right after a person
    /// whose role differs from the role of the first person of the sentence, with no clause
    /// ("إن", "that") between the two: the first person's role, in the joined person's state
    /// (nil when the document gives that person none). Nil in every other case.
    func subjectsCounterpart(_ counterpart: Span, _ work: SentenceWork, context: DocumentContext) -> (role: String, state: String?)? {
        let start = counterpart.range.lowerBound
        if let nisba = work.spanIndex(startingAt: counterpart.range.upperBound), work.spans[nisba].value.isNisba { return nil }
        let joinedEnd: Int
        if work.sentence.document.isArabic(work.tokens[start]) {
            guard NameFolding.fold(work.sentence.text(of: start)).hasPrefix("و") else { return nil }
            joinedEnd = start
        } else {
            guard work.token(start - 1, is: lexicon.keywords.and) else { return nil }
            joinedEnd = start - 1
        }
        let named = work.spans.compactMap { span -> (id: String, range: Range<Int>)? in
            guard case .entity(let id) = span.value, context.kind(id) == .person else { return nil }
            return (id, span.range)
        }
        let people = (named + work.actors.map { (id: $0.ids[0], range: $0.range) }.filter { context.kind($0.id) == .person })
            .filter { $0.range.upperBound <= start }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        guard let first = people.first, let joined = people.last, joined.range.upperBound == joinedEnd, first.id != joined.id,
              !(first.range.upperBound..<joined.range.lowerBound).contains(where: { work.token($0, isIn: .complementizers, lexicon: lexicon) }),
              let firstRole = role(of: first.id, context: context), let joinedRole = role(of: joined.id, context: context),
              firstRole != joinedRole else { return nil }
        return (firstRole, context.state(of: joined.id))
    }
}
