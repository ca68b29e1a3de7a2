import EntityGraph

/// The role a counterpart ("نظيره", "his counterpart") holds: the role of the person whose
/// counterpart is meant; and the state of a counterpart with no nisba: another state than that
/// person's.
extension RoleRecognizer {
    /// The role of the person whose counterpart is meant, when the sentence names people before
    /// it: the nearest one serving another state than the counterpart's ("التقى الرئيس
    /// لوكاشينكو ونظيره البيلاروسي" after "وزير الخارجية المجري": the Belarusian counterpart of the
    /// Hungarian minister, not of the Belarusian president).
    func counterpartRole(before counterpart: Span, otherThan office: String, _ work: SentenceWork,
                         context: DocumentContext) -> String? {
        let people = work.actors.filter { $0.range.upperBound <= counterpart.range.lowerBound && context.kind($0.ids[0]) == .person }
        guard let person = people.last(where: { context.state(of: $0.ids[0]).map { $0 != office } ?? false })?.ids[0] else { return nil }
        return role(of: person, context: context)
    }

    /// The role of the person whose counterpart is meant when no title came before in the
    /// sentence: the last person named before it in the sentence, else the last person of the
    /// document, with the role the document gave them or the lexicon's on the article date.
    func roleOfPerson(before counterpart: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        let named = work.spans.last { span in
            guard span.range.upperBound <= counterpart.range.lowerBound, case .entity(let id) = span.value else { return false }
            return context.kind(id) == .person
        }
        var person: String?
        if let named, case .entity(let id) = named.value { person = id }
        guard let person = person ?? context.lastPerson() else { return nil }
        return role(of: person, context: context)
    }

    /// The role a person holds: the one the document gave them, else the lexicon's on the
    /// article date.
    func role(of person: String, context: DocumentContext) -> String? {
        context.roles[person] ?? lexicon.entities[person]?.role(on: context.date)?.role
    }

    /// The role a known person named right after the counterpart word holds on the article date,
    /// when someone named before it in the sentence holds it too ("Tajani met President al-Sisi and
    /// signed agreements with his counterpart Badr Abdelatty": the foreign minister, not the
    /// president).
    func knownCounterpartsRole(_ counterpart: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        var next = counterpart.range.upperBound
        if let nisba = work.spanIndex(startingAt: next), work.spans[nisba].value.isNisba { next = work.spans[nisba].range.upperBound }
        guard let name = work.spanIndex(startingAt: next), case .entity(let id) = work.spans[name].value,
              let held = lexicon.entities[id]?.role(on: context.date)?.role else { return nil }
        let before = work.actors.filter { $0.range.upperBound <= counterpart.range.lowerBound && context.kind($0.ids[0]) == .person }
        return before.contains { role(of: $0.ids[0], context: context) == held } ? held : nil
    }

    /// The state of a counterpart with no nisba or office of its own ("وكان في استقباله نظيره
    /// جوزيه ماريا نيفيش"): the state a known person named right after it serves on the article
    /// date, else the last state named other than the state of the person whose counterpart is
    /// meant (the last person named before it); nil when no such person is known.
    func counterpartState(_ counterpart: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        if let name = work.spanIndex(startingAt: counterpart.range.upperBound), case .entity(let id) = work.spans[name].value,
           let office = lexicon.entities[id]?.role(on: context.date)?.of, context.kind(office) == .state {
            return office
        }
        let recent = work.actors.filter { $0.range.upperBound <= counterpart.range.lowerBound }.flatMap(\.ids)
        guard let person = context.lastPerson(also: recent), let own = context.state(of: person) else { return nil }
        return context.lastStates(1, also: recent, skipping: [own]).first
    }
}
