import EntityGraph

/// The office a title names after "of", "of the" or في, or after a department of it written with ل.
extension RoleRecognizer {
    /// A title's office written after "of" or "of the" ("the President of Finland", "Secretary General of NATO",
    /// "the founder of the Viasna group": one of the kinds the title's office may be; a state body when the state
    /// has a possessive and an institution word: "the commander of Ukraine's ground forces") or, in Arabic, after
    /// في ("مسؤولة السياسة الخارجية في الاتحاد الأوروبي", "... في الحزب": an organisation or alliance, as a state
    /// after في is a posting or a place), up to two adjectives of list `title_adjectives`, a portfolio or a
    /// department before في ("القائد العسكري البارز في حزب الله", "المفوض السامي لحقوق الإنسان في الأمم المتحدة");
    /// a state's ministry after في or with ب is its body ("مدير إدارة الشؤون الآسيوية في الخارجية الصينية");
    /// an organisation written with ل after a department ("رئيس المكتب السياسي لحركة حماس"), an office in
    /// quotation marks after في ("القائد في «حزب الله»"), an English participle compound before the office
    /// ("vice president of the Saudi-backed Presidential Leadership Council") or an adjective of list
    /// `title_adjectives` ("of the ruling Lao People's Revolutionary Party"). Returns the office, the spans
    /// naming it and the token after them.
    func officeAfterOf(_ start: Int, kinds: Set<EntityKind>, _ work: SentenceWork,
                       context: DocumentContext) -> (id: String, spans: [Int], end: Int)? {
        var index = start
        while index - start < 2, work.token(index, isInWordList: "title_adjectives", lexicon: lexicon) { index += 1 }
        if index == start, let words = portfolioBeforeInside(at: start, work) ?? departmentBeforeInside(at: start, work) { index += words }
        let of = index == start && work.token(index, is: lexicon.keywords.of)
        let article = of && work.token(index + 1, is: lexicon.keywords.the) ? 1 : 0
        if !of, let ministry = ministryAfterInside(at: index, work, context: context) {
            return (ministry.id, ministry.spans, work.spans[ministry.spans.last!].range.upperBound)
        }
        if index > start, let named = work.spanIndex(startingAt: index), case .entity(let id) = work.spans[named].value,
           ArabicClitics.endsWithPreposition(work.spans[named].clitic, "ل"), kinds.intersection([.organization, .alliance]).contains(context.kind(id)) {
            return (id, [named], work.spans[named].range.upperBound) // "رئيس المكتب السياسي لحركة حماس"
        }
        // "general secretary of the ruling Lao People's Revolutionary Party": an adjective of list `title_adjectives`.
        let adjective = of && work.token(index + 1 + article, isInWordList: "title_adjectives", lexicon: lexicon) ? 1 : 0
        let described = index + 1 + article + adjective + (of ? participleCompoundLength(at: index + 1 + article, work) : 0)
        let quoted = work.isQuotationMark(described) ? 1 : 0
        guard of || work.token(index, is: lexicon.keywords.inside), let next = work.spanIndex(startingAt: described + quoted) else { return nil }
        let nextEnd = work.spans[next].range.upperBound
        guard quoted == 0 || work.isQuotationMark(nextEnd) else { return nil }
        if work.spans[next].value == .function("alliance_anaphora"), kinds.contains(.alliance),
           let alliance = allianceNamed(before: next, work, context: context) {
            return (alliance, [next], nextEnd)
        }
        if work.spans[next].value == .function("group_anaphora"), let group = groupNamed(by: work.spans[next], before: next, work, context: context) {
            return (group, [next], nextEnd)
        }
        // "commander of the Finnish Defence Forces": a nisba and an institution word name the state's body.
        if of, kinds.contains(.organization), case .nisba(let state) = work.spans[next].value, work.spans[next].clitic.isEmpty,
           let body = work.spanIndex(startingAt: nextEnd), case .institution(let kindId) = work.spans[body].value,
           let kind = lexicon.institutions[kindId], kind.stands_for_state != true {
            let range = work.spans[next].range.lowerBound..<work.spans[body].range.upperBound
            return (InstitutionRecognizer.body(kind, of: state, range, work, context: context), [next, body], work.spans[body].range.upperBound)
        }
        guard case .entity(let id) = work.spans[next].value, work.spans[next].clitic.isEmpty,
              (of ? kinds : kinds.intersection([.organization, .alliance])).contains(context.kind(id)) else {
            return nil
        }
        let end = work.spans[next].range.upperBound
        if of, context.kind(id) == .state, let length = work.possessiveLength(at: end), let body = work.spanIndex(startingAt: end + length),
           case .institution(let kindId) = work.spans[body].value, let kind = lexicon.institutions[kindId], kind.stands_for_state != true {
            let range = work.spans[next].range.lowerBound..<work.spans[body].range.upperBound
            return (InstitutionRecognizer.body(kind, of: id, range, work, context: context), [next, body], work.spans[body].range.upperBound)
        }
        if of, context.kind(id) == .state, let length = work.possessiveLength(at: end),
           let part = partOfState(id, from: end + length, work, context: context), case .entity(let partId) = work.spans[part].value {
            return (partId, [next, part], work.spans[part].range.upperBound)
        }
        return (id, [next], end + quoted)
    }
}
