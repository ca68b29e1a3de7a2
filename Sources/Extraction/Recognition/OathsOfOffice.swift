import EntityGraph

/// People sworn into an office by a phrase of list `oath_phrases`: "أدى العقيد مايكل
/// راندريانيرينا اليمين الدستورية رئيساً لمدغشقر", "X was sworn in as Georgia's president",
/// "sworn in on Friday as the country's interim prime minister". The person named before the
/// phrase in its clause holds the title's role: in Arabic the accusative title right after the
/// phrase, in the state it takes with لـ; in English the title after "as", in the state its
/// title actor names (through its possessive: "Georgia's president"). Else the office the lexicon
/// gives the person in that role on the article date is held, else a national role is held in the
/// story's state, and a president in the state of the story's dateline, else in the first state
/// the story names ("Randrianirina was sworn in as president" in a story from Addis Ababa). The
/// English title's actor, read as the office's holder on the date, is the one sworn in.
extension RoleRecognizer {
    /// Emits holds_role for the person each oath phrase of the sentence swears in.
    func oathsOfOffice(_ work: SentenceWork, context: DocumentContext) {
        for oath in work.spans where oath.value == .function("oath_phrases") {
            let isArabic = work.sentence.document.isArabic(work.tokens[oath.range.lowerBound])
            guard let person = personSworn(before: oath, work, context: context),
                  let (role, title, office) = isArabic ? arabicOffice(after: oath, work, context: context)
                    : englishOffice(after: oath, work, context: context),
                  let office = office ?? knownOffice(of: person.id, role, context: context) ?? storyOffice(of: role, context: context),
                  office != person.id else { continue }
            if !isArabic, let actor = work.actors.firstIndex(where: { $0.range.overlaps(title) }) { work.actors[actor].ids = [person.id] }
            context.affiliation[person.id] = office
            context.roles[person.id] = role
            context.emit(person.id, .holdsRole, office, attributes: ["role": role], sentence: work.sentence,
                         tokens: person.range.lowerBound...(title.upperBound - 1), rule: "oath", confidence: 0.8)
        }
    }

    /// The person named last before the phrase with no clause break between but the comma that
    /// closes an apposition ("Jane Ansah, a former judge, was sworn in"): a titled actor or a name.
    private func personSworn(before oath: Span, _ work: SentenceWork, context: DocumentContext) -> (id: String, range: Range<Int>)? {
        let named = work.singleNames
        return named.filter { name in
            guard context.kind(name.0) == .person, name.1.upperBound <= oath.range.lowerBound else { return false }
            let comma = name.1.upperBound < oath.range.lowerBound && work.tokens[name.1.upperBound].mark == "," ? 1 : 0
            return !work.hasClauseBreak((name.1.upperBound + comma)..<oath.range.lowerBound)
        }
            .max { $0.1.upperBound < $1.1.upperBound }
            .map { (id: $0.0, range: $0.1) }
    }

    /// The role of the accusative title at most two words after an Arabic phrase, the title's
    /// tokens, and the state or organisation it takes with لـ right after it.
    private func arabicOffice(after oath: Span, _ work: SentenceWork,
                              context: DocumentContext) -> (role: String, title: Range<Int>, office: String?)? {
        guard let (role, start) = accusativeTitle(after: oath.range.upperBound, work), start - oath.range.upperBound <= 2 else { return nil }
        let owner = work.spans.first { span in
            span.range.lowerBound > start && span.range.lowerBound <= start + 3 && span.clitic.hasSuffix("ل")
        }
        let office = owner.flatMap { span -> String? in
            guard case .entity(let id) = span.value else { return nil }
            let acting = context.actingEntity(id)
            return [.state, .alliance, .organization].contains(context.kind(acting)) ? acting : nil
        }
        return (role, start..<(owner?.range.upperBound ?? start + 1), office)
    }

    /// The role of the English title at most six tokens after "as" (itself at most seven tokens
    /// after the phrase), past words such as "the", "interim" or a possessive; its tokens, and the
    /// state its actor names.
    private func englishOffice(after oath: Span, _ work: SentenceWork,
                               context: DocumentContext) -> (role: String, title: Range<Int>, office: String?)? {
        guard let asWord = asWord(after: oath, work),
              let index = work.spans.firstIndex(where: { span in
                  guard case .title = span.value else { return false }
                  return span.range.lowerBound > asWord && span.range.lowerBound <= asWord + 6
              }), case .title(let role) = work.spans[index].value else { return nil }
        let title = work.spans[index].range
        if let actor = work.actors.first(where: { $0.range.overlaps(title) }) {
            let id = actor.ids[0]
            return (role, actor.range, context.kind(id) == .person ? context.affiliation[id] : context.actingEntity(id))
        }
        return (role, title, nil)
    }

    /// The "as" at most seven tokens after an English oath phrase, before the title sworn into.
    private func asWord(after oath: Span, _ work: SentenceWork) -> Int? {
        let end = min(work.tokens.count, oath.range.upperBound + 8)
        return (oath.range.upperBound..<end).first { work.token($0, is: lexicon.keywords.asEnglish) }
    }

    /// Whether an English title starting at token `start` is the one an oath phrase swears
    /// someone into ("was sworn in as Ghana's first female president"): its holder is the one
    /// sworn in, not the one the lexicon knows on the date.
    func isTitleSwornInto(startingAt start: Int, _ work: SentenceWork) -> Bool {
        work.spans.contains { oath in
            guard oath.value == .function("oath_phrases"), let asWord = asWord(after: oath, work) else { return false }
            return start > asWord && start <= asWord + 6
        }
    }

    /// The office the lexicon gives `person` in `role` on the article date ("أدى محمد حسن التعايشي
    /// اليمين رئيسا للوزراء في الحكومة التي شكلها تحالف تأسيس": the alliance's).
    private func knownOffice(of person: String, _ role: String, context: DocumentContext) -> String? {
        lexicon.entities[person]?.roles(heldOn: context.date).first { $0.role == role }?.of
    }

    /// The state a role with no office named is held in: the story's own for a national role,
    /// the dateline's (when the story names it) for a president, else the first state it names.
    private func storyOffice(of role: String, context: DocumentContext) -> String? {
        if lexicon.nationalRoles.contains(role) { return context.homeState ?? storyDatelineState(context) ?? context.firstStateNamed }
        return lexicon.leaderRoles.contains(role) ? storyDatelineState(context) ?? context.firstStateNamed : nil
    }
}
