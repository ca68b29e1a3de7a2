import EntityGraph

/// People named before a title rather than after it: Arabic titles written after a name without
/// a comma, as agencies write them, and titles joined by و to a titled person's.
extension RoleRecognizer {
    /// The person an Arabic title follows without a comma, as agencies write it ("عبدالله بن زايد
    /// آل نهيان وزير الخارجية", "ناريندرا مودي رئيس وزراء جمهورية الهند"), the family name "آل X",
    /// a deputy word or another such title between ("نائب رئيس مجلس الوزراء وزير الخارجية"): only a
    /// person known to serve the title's office when it names one, else known to hold its role (in
    /// the text or in the lexicon on the article date), so that "استقبل بوتين رئيس الوزراء الهندي"
    /// stays a verb, its subject and its object; or a person named after an honorific title that
    /// gave them no office ("السفير محمد الشناوي المتحدث ..."), or a new person, a given name
    /// first, before a deputy's title, a title several hold at once or one of an office the lexicon
    /// names no one holding on the article date ("ميخائيل بوغدانوف نائب وزير الخارجية الروسي").
    func personNamedBefore(title index: Int, role: String, office: String?, _ work: SentenceWork,
                           context: DocumentContext) -> String? {
        var start = work.spans[index].range.lowerBound
        guard index > 0, work.spans[index].clitic.isEmpty, work.sentence.document.isArabic(work.tokens[start]) else { return nil }
        var before = index - 1
        if work.token(start - 1, isIn: .deputyWords, lexicon: lexicon) { start -= 1 }
        while before > 0, case .title = work.spans[before].value, work.spans[before].range.upperBound == start {
            start = work.spans[before].range.lowerBound
            if work.token(start - 1, isIn: .deputyWords, lexicon: lexicon) { start -= 1 }
            before -= 1
        }
        if office != nil, let titled = work.actors.last(where: { $0.range.upperBound == start }), context.kind(titled.ids[0]) == .person,
           context.state(of: titled.ids[0]) == nil, context.rolesHeld(by: titled.ids[0]).isEmpty,
           work.spans.contains(where: { if case .title = $0.value { return $0.range.lowerBound == titled.range.lowerBound } else { return false } }) {
            return titled.ids[0] // "السفير محمد الشناوي المتحدث الرسمي باسم رئاسة الجمهورية"
        }
        let deputy = work.token(work.spans[index].range.lowerBound - 1, isIn: .deputyWords, lexicon: lexicon)
        if let person = newPerson(before: start, role: role, office: office, deputy: deputy, work, context: context) { return person }
        let end = work.spans[before].range.upperBound
        let family = end == start - 2 && NameFolding.fold(work.sentence.text(of: start - 2)) == "ال"
        // The rest of a father's line the lexicon's name leaves out: "خالد بن سلمان بن عبدالعزيز وزير الدفاع".
        let lineage = end < start && start - end <= 4 && (start - end) % 2 == 0 && stride(from: end, to: start, by: 2).allSatisfy {
            Self.patronymicParticles.contains(NameFolding.fold(work.sentence.text(of: $0))) && work.tokens[$0 + 1].isWord
        }
        guard end == start || family || lineage, case .entity(let id) = work.spans[before].value, context.kind(id) == .person,
              work.spans[index].value != .function("counterpart") else { return nil }
        return office.map { context.state(of: id) == $0 } ?? context.rolesHeld(by: id).contains(role) ? id : nil
    }

    /// A new person named right before token `start`, where a title of `role` in `office` starts:
    /// when the title is a deputy's, one several hold at once, or one the lexicon names no one
    /// holding on the article date ("ميخائيل بوغدانوف نائب وزير الخارجية الروسي").
    func newPerson(before start: Int, role: String, office: String?, deputy: Bool, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard let office, let name = newNameBefore(start, work), deputy || context.soleHolder(of: role, in: office) == nil else { return nil }
        return context.discoverPerson(work.sentence, name)
    }

    /// The name of a new person right before token `start`: a known given name and one unknown
    /// Arabic word, or two known given names and one.
    private func newNameBefore(_ start: Int, _ work: SentenceWork) -> Range<Int>? {
        guard start >= 2, isUnnamedArabicWord(start - 1, work), lexicon.givenNames.contains(work.tokens[start - 2].word),
              work.spanIndex(startingAt: start - 2).map({ !work.spans[$0].value.isName }) ?? true else { return nil }
        let first = start >= 3 && lexicon.givenNames.contains(work.tokens[start - 3].word) ? start - 3 : start - 2
        // Not the name of a title before it ("الرئيس الجيبوتي إسماعيل عمر جيله وزير خارجيته"), nor one read already.
        guard work.span(endingAt: first).map({ $0.value.isTitle || $0.value.isNisba }) != true,
              !work.actors.contains(where: { $0.range.overlaps(first..<start) }) else { return nil }
        return first..<start
    }

    /// The index of the actor naming `person` that ends right before a title written after the
    /// name, with only words of the name's lineage between ("خالد بن سلمان بن عبدالعزيز وزير
    /// الدفاع"): the name and the title are one actor.
    func nameRightBefore(_ person: String, title: Span, _ work: SentenceWork) -> Int? {
        let start = title.range.lowerBound
        return work.actors.lastIndex { actor in
            actor.ids == [person] && actor.range.upperBound <= start && start - actor.range.upperBound <= 4
                && (actor.range.upperBound..<start).allSatisfy { work.tokens[$0].isWord }
        }
    }

    /// Whether a title joined by و follows a person who serves a state ("الرئيس السوري أحمد
    /// الشرع ووزير الدفاع مرهف أبو قصرة"): the unknown words after it name a colleague of that
    /// state.
    func joinsTitledPerson(_ title: Span, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard title.clitic.hasPrefix("و"),
              let before = work.actors.last(where: { $0.range.upperBound == title.range.lowerBound }) else { return false }
        return context.kind(before.ids[0]) == .person && context.state(of: before.ids[0]) != nil
    }
}
