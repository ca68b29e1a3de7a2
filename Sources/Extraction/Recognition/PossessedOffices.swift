import EntityGraph

/// The offices a title names by one noun with a possessive pronoun: a body of the owner named
/// before ("المتحدث باسم حكومتها", "رئيس مفوضيته", "قائد جيشها").
extension RoleRecognizer {
    /// The office a title names by the Arabic word at `cursor` right after it when that word is
    /// a noun with a possessive pronoun ("ه", "ها"): the body of that kind of the state the owner
    /// named before belongs to ("وأعلنت مصر ... وقال المتحدث باسم حكومتها": Egypt's government;
    /// "قائد جيشها": its army), or the part of an owning bloc or organisation the lexicon names
    /// by that noun ("ورحب الاتحاد الأفريقي ... وقال رئيس مفوضيته": the African Union
    /// Commission); with the span the word held, if any.
    func possessedOffice(at cursor: Int, title: Span, _ work: SentenceWork, context: DocumentContext) -> (id: String, spans: [Int])? {
        guard cursor < work.tokens.count, work.tokens[cursor].isWord, work.sentence.document.isArabic(work.tokens[cursor]) else { return nil }
        let word = work.writtenWithoutVowels(cursor)
        guard let suffix = ["ها", "ه"].first(where: { word.hasSuffix($0) && word.count >= $0.count + 3 }),
              let owner = ownerBefore(title, work, context: context) else { return nil }
        var noun = String(word.dropLast(suffix.count))
        if noun.hasSuffix("ت") { noun = noun.dropLast() + "ة" }
        let head = NameFolding.fold(noun)
        let spans = work.spanIndex(startingAt: cursor).map { [$0] } ?? []
        // The first by id of those that fit, so that the reading does not depend on dictionary order.
        if let state = context.kind(owner) == .state ? owner : context.state(of: owner),
           let kind = lexicon.institutions.values.filter({ kind in
               kind.stands_for_state != true && kind.ar.contains { Lexicon.nameWords($0) == [head] }
           }).min(by: { $0.id < $1.id }) {
            let body = InstitutionRecognizer.body(kind, of: state, cursor..<(cursor + 1), work, context: context, spelled: "ال" + noun)
            return (body, spans)
        }
        guard context.kind(owner) != .state, let part = lexicon.entities.values.filter({ entity in
            entity.partOf == owner && entity.arabicNames.contains { Lexicon.nameWords($0).first == head }
        }).map(\.id).min() else { return nil }
        context.mention(part, in: work.sentence, cursor..<(cursor + 1))
        return (part, spans)
    }
}
