import EntityGraph

/// A title that names no one, then, after a comma, another title with its holder's name
/// ("رئيس مجلس السيادة الانتقالي في السودان، قائد الجيش الفريق أول عبد الفتاح البرهان،"; a former
/// one too: "Australia's ambassador to Washington, former Prime Minister Kevin Rudd,"): the
/// holder holds the first office too, and the two phrases are one actor.
extension RoleRecognizer {
    /// Emits holds_role for each such holder and the first office, and joins the two actors.
    func mergeTitledAppositions(_ work: SentenceWork, context: DocumentContext) {
        forEachOfficeActor(work, context: context) { index, office in
            // "Australia's ambassador to Washington, former Prime Minister Kevin Rudd,": a former title between.
            let former = work.token(office.range.upperBound + 1, isIn: .formerMarkers, lexicon: lexicon) ? 1 : 0
            guard office.range.upperBound < work.tokens.count, [",", "،"].contains(work.tokens[office.range.upperBound].mark),
                  let position = work.actors.firstIndex(where: { $0.range.lowerBound == office.range.upperBound + 1 + former }),
                  work.actors[position].source == .name, work.actors[position].ids.count == 1,
                  context.kind(work.actors[position].ids[0]) == .person,
                  let title = work.spans.first(where: { office.range.contains($0.range.lowerBound) && $0.value.isTitle }),
                  case .title(let role) = title.value, // after a possessive too: "Australia's ambassador"
                  let holderTitle = work.spanIndex(startingAt: work.actors[position].range.lowerBound),
                  case .title = work.spans[holderTitle].value else { return }
            joinHolder(at: position, toOffice: index, role: role, work, context: context)
        }
    }

    /// Calls `body` with the index and the actor of each title's actor that stands for an office,
    /// not a person, in order; `body` may join the actors after it into it.
    func forEachOfficeActor(_ work: SentenceWork, context: DocumentContext, _ body: (Int, Actor) -> Void) {
        var index = 0
        while index < work.actors.count {
            let office = work.actors[index]
            if office.source == .title, office.ids.count == 1, context.kind(office.ids[0]) != .person { body(index, office) }
            index += 1
        }
    }

    /// Emits holds_role of the holder whose actor is at `position` in the office whose actor is
    /// at `index` (the office's before the holder's), and makes the two one actor, the holder's.
    func joinHolder(at position: Int, toOffice index: Int, role: String, _ work: SentenceWork, context: DocumentContext) {
        let office = work.actors[index], holder = work.actors[position]
        context.emit(holder.ids[0], .holdsRole, office.ids[0], attributes: ["role": role], sentence: work.sentence,
                     tokens: office.range.lowerBound...(holder.range.upperBound - 1), rule: "title_apposition", confidence: 0.8)
        work.actors[index] = Actor(ids: holder.ids, range: office.range.lowerBound..<holder.range.upperBound, clitic: office.clitic, source: .name)
        work.actors.remove(at: position)
    }
}
