import EntityGraph

/// What the people of a group anaphor hold: "الوزيران" / "the three ministers" are ministers,
/// "الرئيسان" / "the two presidents" presidents, "الزعيمان" / "the two leaders" leaders of a
/// state or a body.
enum GroupOffice: Equatable {
    /// Leaders of a state or a body (a title marked `leader`).
    case leaders
    /// Ministers (any minister but the prime minister).
    case ministers
    /// Presidents.
    case presidents

    /// The office the words of a group anaphor name.
    init(of span: Span, _ work: SentenceWork) {
        let written = NameFolding.fold(work.text(span.range))
        if written.contains("وزير") || written.contains("minister") {
            self = .ministers
        } else if written.contains("رئيس") || written.contains("president") {
            self = .presidents
        } else {
            self = .leaders
        }
    }
}

extension Coreference {
    /// Whether the person holds the office of a group anaphor, as read in the text or held in
    /// the lexicon on the article date.
    func holds(_ office: GroupOffice, _ id: String, _ context: DocumentContext) -> Bool {
        let roles = context.rolesHeld(by: id)
        switch office {
        case .leaders: return roles.contains(where: lexicon.leaderRoles.contains)
        case .ministers: return roles.contains { $0.hasSuffix("minister") && $0 != "prime_minister" }
        case .presidents: return roles.contains("president")
        }
    }

    /// The last `count` people named who hold `office`, in mention order, other than those
    /// `skipping`: who "the three leaders" are when a minister was named after them, "both
    /// leaders" when two ministers were, and "the two presidents" when a minister who leads a
    /// party was. The sentence's own holders are they when it names `count` of them; else they
    /// are the ones who speak of them ("Trump accused the three leaders"), and the document's
    /// earlier holders are meant. Nil when fewer were named.
    func lastLeaders(_ count: Int, also recent: [String], office: GroupOffice, skipping: [String] = [],
                     context: DocumentContext) -> [String]? {
        let leads = { (id: String) -> Bool in
            context.kind(id) == .person && !skipping.contains(id) && self.holds(office, id, context)
        }
        var here: [String] = []
        for id in recent.reversed() where leads(id) && !here.contains(id) { here.append(id) }
        var found = here.count >= count ? Array(here.prefix(count)) : []
        _ = context.searchBackwards(also: []) { id in
            if found.count < count, !here.contains(id), !found.contains(id), leads(id) { found.append(id) }
            return found.count == count
        }
        return found.count == count ? found.reversed() : nil
    }
}
