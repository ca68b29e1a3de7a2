import EntityGraph

/// A title that names no one, maybe followed by what its office is for, then a known person set
/// off by commas ("المبعوث الخاص للرئيس الروسي للتعاون الاقتصادي مع الدول الأجنبية، كيريل
/// ديميترييف،", "Russia's special envoy for economic cooperation, Kirill Dmitriev,"): the person
/// holds the title's role in its office, and the two phrases are one actor. The person must have
/// no title of their own (`mergeTitledAppositions` reads those), no conjunction before the name
/// (a list of actors) and no role in the lexicon in another state.
extension RoleRecognizer {
    /// The longest description of what an office is for, in tokens.
    private static let longestPurpose = 8

    /// Emits holds_role for each such holder and joins the title's actor with the holder's.
    func mergeKnownHoldersInApposition(_ work: SentenceWork, context: DocumentContext) {
        forEachOfficeActor(work, context: context) { index, office in
            guard let role = titleRole(in: office.range, work),
                  let comma = commaAfterPurpose(from: office.range.upperBound, work),
                  let position = work.actors.firstIndex(where: { $0.range.lowerBound == comma + 1 }),
                  isBareKnownPerson(work.actors[position], work, context: context),
                  isClosedApposition(after: work.actors[position], work),
                  servesOffice(work.actors[position].ids[0], office.ids[0], context: context) else { return }
            let holder = work.actors[position].ids[0]
            context.affiliation[holder] = office.ids[0]
            context.roles[holder] = role
            joinHolder(at: position, toOffice: index, role: role, work, context: context)
        }
    }

    /// Whether what follows a title from token `start` is a purpose, a comma and a known person
    /// ("لشؤون الاستثمار، كيريل دميترييف،"): the purpose is no unknown person's name.
    func hasKnownHolderAfterPurpose(_ start: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard start < work.tokens.count, opensPurpose(start, work), let comma = commaAfterPurpose(from: start, work),
              let name = work.spanIndex(startingAt: comma + 1), case .entity(let id) = work.spans[name].value else { return false }
        return context.kind(id) == .person && lexicon.entities[id] != nil
    }

    /// The role of the title in an actor's range, unless it is a former or deputy's title.
    private func titleRole(in range: Range<Int>, _ work: SentenceWork) -> String? {
        guard let span = work.spans.first(where: { range.contains($0.range.lowerBound) && $0.value.isTitle }),
              case .title(let role) = span.value,
              !work.token(span.range.lowerBound - 1, isIn: .deputyWords, lexicon: lexicon),
              !work.token(span.range.lowerBound - 1, isIn: .formerMarkers, lexicon: lexicon),
              !work.token(range.upperBound, isIn: .formerMarkers, lexicon: lexicon) else { return nil }
        return role
    }

    /// The comma after a title, right after it or after a purpose that names no actor but places and
    /// nationalities, opens with "for", "on" or an Arabic word with ل ("للتعاون", "لشؤون") and
    /// holds no other title or body.
    private func commaAfterPurpose(from start: Int, _ work: SentenceWork) -> Int? {
        if work.isComma(start) { return start }
        guard start < work.tokens.count, work.tokens[start].isWord, opensPurpose(start, work) else { return nil }
        var cursor = start + 1
        while cursor < min(work.tokens.count, start + Self.longestPurpose) {
            if work.isComma(cursor) { return cursor }
            guard work.tokens[cursor].isWord else { return nil }
            if let span = work.spanIndex(startingAt: cursor) {
                switch work.spans[span].value {
                case .entity(let id) where lexicon.entities[id]?.kind == .place: break
                case .entity, .title, .institution: return nil
                default: break
                }
                cursor = work.spans[span].range.upperBound
            } else {
                cursor += 1
            }
        }
        return nil
    }

    private func opensPurpose(_ index: Int, _ work: SentenceWork) -> Bool {
        if work.token(index, is: lexicon.keywords.forEnglish) { return true }
        let word = work.text(index..<(index + 1))
        if word == "on" { return true }
        return ArabicClitics.readings(word).contains { ArabicClitics.endsWithPreposition($0.clitic, "ل") && $0.rest.count >= 3 }
    }

    /// A known person's name with no title, conjunction or preposition before it.
    private func isBareKnownPerson(_ actor: Actor, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard actor.source == .name, actor.ids.count == 1, actor.clitic.isEmpty, context.kind(actor.ids[0]) == .person,
              lexicon.entities[actor.ids[0]] != nil,
              let span = work.spanIndex(startingAt: actor.range.lowerBound) else { return false }
        return !work.spans[span].value.isTitle
    }

    /// Whether a comma closes the name ("، كيريل ديميترييف، المبعوث ..."), so that the name is not
    /// the first of a list.
    private func isClosedApposition(after actor: Actor, _ work: SentenceWork) -> Bool {
        work.isComma(actor.range.upperBound) && !work.token(actor.range.upperBound + 1, is: lexicon.keywords.and)
    }

    /// Whether the person's roles in the lexicon, if any, include one in the office or its state.
    private func servesOffice(_ person: String, _ office: String, context: DocumentContext) -> Bool {
        let roles = lexicon.entities[person]?.roles ?? []
        let state = context.state(of: office) ?? office
        return roles.isEmpty || roles.contains { $0.of == office || (context.state(of: $0.of) ?? $0.of) == state }
    }
}
