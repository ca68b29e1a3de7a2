import EntityGraph

/// The offices a title names by anaphora: "رئيس الحلف" (the alliance last named), "زعيم الجماعة"
/// (the group), "المتحدث باسمها" (the body or state named before), "المتحدث باسم الوزارة" (the
/// ministry).
extension RoleRecognizer {
    /// The alliance an anaphor at span `index` refers to ("الحلف", "الاتحاد"): the last named
    /// before it in the sentence, else the last one of the document.
    func allianceNamed(before index: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        let named = work.spans[..<index].compactMap { span -> String? in
            if case .entity(let id) = span.value, context.kind(id) == .alliance { return id }
            return nil
        }
        return named.last ?? context.lastMentioned(.alliance, also: work.actors.flatMap(\.ids))
    }

    /// The bloc a title serving a principal names with a bare title held only in blocs and
    /// organisations at span `position` ("المتحدث باسم الأمين العام" after "الأمم المتحدة"): the
    /// alliance named last, as for "الحلف".
    func principalsBloc(at position: Int, role: String, index: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard lexicon.principalRoles.contains(role), case .title(let principal) = work.spans[position].value,
              lexicon.titleOfficeKinds[principal].map({ !$0.contains(.state) }) == true else { return nil }
        return allianceNamed(before: index, work, context: context)
    }

    /// The institution words at span `position` and the state of the nisba right after them
    /// ("وزارة الخارجية الصينية"), with the tokens of both.
    func qualifiedBody(at position: Int, _ work: SentenceWork) -> (kind: LexiconFiles.Institution, state: String, range: Range<Int>)? {
        guard case .institution(let kindId) = work.spans[position].value, let kind = lexicon.institutions[kindId],
              let next = work.spanIndex(startingAt: work.spans[position].range.upperBound), case .nisba(let state) = work.spans[next].value
        else { return nil }
        return (kind, state, work.spans[position].range.lowerBound..<work.spans[next].range.upperBound)
    }

    /// The office a title names with the institution words at span `position` after it: the body of
    /// the state named after "في" / "in" for a kind named so ("رئيس المجلس العسكري الحاكم في
    /// ميانمار"); the body of the state of the nisba right after them ("رئيس هيئة الأركان الروسية":
    /// a president of a body is its director), or the state itself when they stand for it and the
    /// title's role is the kind's `head_role` ("رئيس الإدارة السورية": its president); else the
    /// body of the state whose leader an `of_leader` kind belongs to ("المتحدث الرسمي باسم رئاسة
    /// الجمهورية"), or, for Arabic words of two or more naming no state, the one body of the kind
    /// the document named before, if the sentence names no other state before them ("وزارة الخزانة
    /// الأمريكية ... وكيل وزارة الخزانة"). The spans the office takes are added to `used`.
    func institutionOffice(at position: Int, role: inout String, used: inout [Int], _ work: SentenceWork, context: DocumentContext) -> String? {
        guard case .institution(let kindId) = work.spans[position].value, let kind = lexicon.institutions[kindId] else { return nil }
        let end = work.spans[position].range.upperBound
        if kind.named_with_in == true, work.token(end, isOneOf: lexicon.keywords.locative), let state = work.spanIndex(startingAt: end + 1),
           case .entity(let id) = work.spans[state].value, context.kind(id) == .state {
            used.append(state)
            return InstitutionRecognizer.body(kind, of: id, work.spans[position].range, work, context: context)
        }
        if let closing = work.nisbaClosingConstruct(position) { // "قائد قوات العمليات الخاصة الأوكرانية"
            used += closing.spans
            return InstitutionRecognizer.body(kind, of: closing.state, work.spans[position].range.lowerBound..<work.spans[closing.spans.last!].range.upperBound,
                                              work, context: context)
        }
        if position + 1 < work.spans.count, work.spans[position + 1].range.lowerBound == end,
           case .nisba(let state) = work.spans[position + 1].value {
            if kind.stands_for_state == true {
                guard kind.head_role == role else { return nil }
                used.append(position + 1)
                return state
            }
            guard !InstitutionRecognizer.isShorthandAsAdjective(kind, work.spans[position], work) else { return nil }
            used.append(position + 1)
            if role == "president" { role = "director" }
            return InstitutionRecognizer.body(kind, of: state, work.spans[position].range.lowerBound..<work.spans[position + 1].range.upperBound,
                                              work, context: context)
        }
        let named = work.spans[position].range.count >= 2 && work.sentence.document.isArabic(work.tokens[end - 1])
            ? context.soleBody(of: kind).flatMap { isLastStateNamed($0, before: position, work, context: context) ? $0 : nil } : nil
        return (InstitutionRecognizer.leaderState(naming: work.spans[position], kind, work, context: context) ?? named)
            .map { InstitutionRecognizer.body(kind, of: $0, work.spans[position].range, work, context: context) }
    }

    /// Whether `state` is the last state the sentence names (by name or nisba) before span
    /// `position`, or the sentence names none there ("ترأس الوفد القطري الأمين العام لوزارة
    /// الخارجية": Qatar's ministry, not the one the document named before).
    private func isLastStateNamed(_ state: String, before position: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        let named = work.spans[..<position].compactMap { span -> String? in
            switch span.value {
            case .nisba(let nisbaState): return nisbaState
            case .entity(let id): return context.kind(context.actingEntity(id)) == .state ? context.actingEntity(id) : nil
            default: return nil
            }
        }
        return (named.last ?? state) == state
    }

    /// The organisation a group anaphor ("الجماعة", "the group") refers to: the last one named
    /// before it in the sentence or the document whose names or `anaphors` hold its word.
    func groupNamed(by anaphor: Span, before index: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        let named = work.spans[..<index].compactMap { span -> String? in
            if case .entity(let id) = span.value { return id }
            return nil
        }
        let written = String(NameFolding.fold(work.text(anaphor.range)).dropFirst(anaphor.clitic.count))
        return context.lastGroup(holding: Lexicon.nameWords(written).last ?? "", also: named)
    }

    /// Whether an Arabic title's last word, or its first before an adjective, ends with a
    /// possessive pronoun, "ها" or "ه" as written ("زعيمها", "المتحدث باسمه", "أمينها العام";
    /// "رئيسة" with ة is no pronoun, although folding writes both alike), or an English title
    /// follows the "Its" that opens a sentence, a word of list `bare_home_bodies` between allowed
    /// ("Its head, Valentine Rugwabiza,", "Its government spokesman"): its office is the
    /// organisation, state or alliance named before.
    func hasPossessiveOwner(_ span: Span, _ work: SentenceWork) -> Bool {
        guard let last = span.range.last else { return false }
        guard work.sentence.document.isArabic(work.tokens[last]) else { // "Its foreign minister", "Its government spokesman"
            return span.range.lowerBound == 1 && NameFolding.fold(work.sentence.text(of: 0)) == "its" || followsItsBody(span, work)
        }
        return [span.range.lowerBound, last].contains { index in
            let word = work.writtenWithoutVowels(index)
            return word.count >= 4 && (word.hasSuffix("ه") || word.hasSuffix("ها"))
        }
    }

    /// Whether an English title follows the "Its" and the word of list `bare_home_bodies` that
    /// open its sentence ("Its government spokesman").
    private func followsItsBody(_ span: Span, _ work: SentenceWork) -> Bool {
        span.range.lowerBound == 2 && !work.sentence.document.isArabic(work.tokens[1]) && NameFolding.fold(work.sentence.text(of: 0)) == "its"
            && work.token(1, isInWordList: "bare_home_bodies", lexicon: lexicon)
    }

    /// The office a possessive title refers to: after an English "Its" and a word of list
    /// `bare_home_bodies` opening the sentence, the state that opened the sentence before; else
    /// the last organisation or alliance named before it in the sentence, else the last state
    /// there (a group's leader is more often meant than a country's), else the last of them in
    /// the document; the state of a person the title is joined to by "and" comes first ("الشرع
    /// ووزير داخليته": his minister, not the council's).
    func ownerBefore(_ span: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        // "Ivory Coast has denied ... Burkina Faso. Its government spokesman": the state that opened the sentence before.
        if followsItsBody(span, work), let opening = context.openingSubject, context.kind(opening) == .state { return opening }
        if span.clitic == "و", case .entity(let joined)? = work.span(endingAt: span.range.lowerBound)?.value,
           context.kind(joined) == .person, let state = context.state(of: joined) { return state }
        let earlier = work.spans.indices.compactMap { index -> String? in
            let other = work.spans[index]
            guard other.range.upperBound <= span.range.lowerBound else { return nil }
            switch other.value {
            case .entity(let id): return id
            case .institution: // "وزارة الخارجية الصينية ... المتحدث باسمها"
                guard let body = qualifiedBody(at: index, work), body.kind.stands_for_state != true else { return nil }
                return context.institution(body.kind, of: body.state, surface: work.text(body.range))
            default: return nil
            }
        }
        for kinds in [[EntityKind.organization, .alliance], [.state]] {
            if let id = earlier.last(where: { kinds.contains(context.kind($0)) }) { return id }
        }
        return [EntityKind.organization, .alliance, .state].compactMap { context.lastMentioned($0) }.first
    }

    /// The ministry "الوزارة" / "the ministry" refers to: one named earlier in the sentence by
    /// an institution word and a nisba, else the one the document named last.
    func ministryNamed(before index: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        for position in stride(from: index - 1, through: 0, by: -1) {
            guard let body = qualifiedBody(at: position, work), body.kind.id.hasSuffix("ministry") else { continue }
            return InstitutionRecognizer.body(body.kind, of: body.state, body.range, work, context: context)
        }
        return context.lastMinistry(also: work.actors.flatMap(\.ids))
    }
}

extension DocumentContext {
    /// The last organisation or alliance mentioned whose names or `anaphors` hold `head` (folded,
    /// without the article: "جماعه", "group"), the sentence's own mentions first: what "الجماعة" /
    /// "the group" refers to, and "المجموعة" after "مجموعة العشرين".
    func lastGroup(holding head: String, also recent: [String]) -> String? {
        searchBackwards(also: recent) {
            self.lexicon.groupNameWords[$0]?.contains(head) == true || self.lexicon.allianceNameWords[$0]?.contains(head) == true
        }
    }
}
