import EntityGraph

/// The office an English title's holder serves, written before the title.
extension RoleRecognizer {
    /// An affiliation written before an English title (an Arabic nisba qualifies the noun before
    /// it: "الوفد الروسي مساعد الرئيس" is no Russian aide): a nisba or a state or
    /// organisation, possibly with a possessive ("Russian Foreign Minister", "Kremlin spokesman",
    /// "Russia's defence minister"), or a state body named by a nisba or a state and an
    /// institution ("Russian Foreign Ministry spokeswoman", "Russia's foreign ministry spokeswoman"),
    /// or by the institution alone when only one state has it ("State Department spokeswoman") or
    /// the story named one of its kind with its state before ("Foreign ministry spokeswoman");
    /// a nisba, a possessive or a state may be followed by up to three capitalised words of a
    /// portfolio ("Israeli Strategic Affairs Minister", "Eritrea's Information Minister", "U.S.
    /// Energy Secretary"); one or two lowercase words may stand between ("NATO military chief",
    /// "United Nations human rights chief"). An organisation or alliance before a title with
    /// postings, after a state, is where the state's envoy is posted ("Russia's U.N. Ambassador",
    /// "Russian U.N. envoy"): the state is the office. A group's anaphor with a possessive names the
    /// group last named ("the group's leader", "the church's leader"); a title read before, with a
    /// possessive, names the office of its holder ("the UN secretary-general's personal envoy").
    func affiliationBefore(_ index: Int, role: String, kinds: Set<EntityKind>, _ work: SentenceWork,
                           context: DocumentContext) -> (id: String, spans: [Int], posting: String?)? {
        let titleStart = work.spans[index].range.lowerBound
        // "Canadian International Trade Minister": an event word of the portfolio stands between.
        var at = index
        while at > 1, index - at < 2, work.spans[at - 1].range.upperBound == work.spans[at].range.lowerBound,
              work.spans[at - 1].range.count == 1, isPortfolioWord(work.spans[at - 1].range.lowerBound, work) { at -= 1 }
        // "Colombia's populist president": a describing noun (list `person_name_nouns`) qualifies the title after a
        // possessive ("Bosnian Serb nationalist leader" is no leader of Serbia).
        let describing = { (span: Int) in work.spans[span].value == .function("person_name_nouns") && work.spans[span].range.count == 1 }
        var described = at
        while described > 1, titleStart - work.spans[described - 1].range.lowerBound <= 2, describing(described - 1) { described -= 1 }
        let descriptors = Set(work.spans[described..<at].map(\.range.lowerBound))
        at = described
        guard at > 0, !work.sentence.document.isArabic(work.tokens[titleStart]) else { return nil }
        let previous = work.spans[at - 1], ownerIsTitle = work.consumed.contains(at - 1)
        var personOwner = false // "Putin's special envoy"
        if case .entity(let owner) = previous.value { personOwner = context.kind(owner) == .person && work.isPossessiveEnding(at: previous.range.upperBound) }
        guard !ownerIsTitle || previous.value.isTitle && work.isPossessiveEnding(at: previous.range.upperBound) || personOwner else { return nil }
        let portfolioSpans = Array(at..<index).filter { !descriptors.contains(work.spans[$0].range.lowerBound) }
        guard descriptors.isEmpty || work.isPossessiveEnding(at: previous.range.upperBound) else { return nil }
        let lowercase = { (index: Int) in // no preposition: "Beijing's pressure over Prime Minister Sanae Takaichi"
            index >= 1 && (work.spanIndex(startingAt: index) == nil || descriptors.contains(index)) && self.isLatinWord(index, capital: false, work)
                && !work.token(index, isOneOf: self.lexicon.keywords.prepositions)
        }
        let plainNoun = { (index: Int) in lowercase(index) && (!self.lexicon.isAnyFunctionWord(work.tokens[index].word) || descriptors.contains(index)) }
        let adjectives = lowercase(titleStart - 1) && !lexicon.isFunctionWord(work.tokens[titleStart - 1].word, list: .stopwords) // not "party of Deputy Prime Minister"
            ? (plainNoun(titleStart - 1) && plainNoun(titleStart - 2) ? 2 : 1) : 0
        let portfolio = (1...3).contains { words in
            titleStart - words >= 1 && work.adjoins(previous.range.upperBound, titleStart - words) && (previous.namesState(in: lexicon) || work.isPossessiveEnding(at: previous.range.upperBound))
                && ((titleStart - words)..<titleStart).allSatisfy { isPortfolioWord($0, work) }
        }
        guard work.adjoins(previous.range.upperBound, titleStart) || (0..<adjectives).contains(where: { work.adjoins(previous.range.upperBound, titleStart - 1 - $0) })
                || portfolio else {
            return nil
        }
        switch previous.value {
        case .title: // "the UN secretary-general's personal envoy": the office of the title's holder
            guard ownerIsTitle, let owner = work.actors.last(where: { $0.range.upperBound == previous.range.upperBound })?.ids.first,
                  case let office = context.kind(owner) == .person ? context.affiliation[owner] : owner,
                  let office, kinds.contains(context.kind(office)) else { return nil }
            return (office, [index] + portfolioSpans, nil)
        case .entity(let person) where personOwner: // "Zamir Kabulov, President Vladimir Putin's special envoy": the principal's state
            guard let office = context.affiliation[person] ?? context.state(of: person), kinds.contains(context.kind(office)) else { return nil }
            return (office, [index] + portfolioSpans, nil)
        case .nisba(let state):
            if communityBefore(index, work) != nil { return nil }
            return (state, [at - 1] + portfolioSpans, nil)
        case .entity(let id) where kinds.contains(context.kind(id)):
            if let state = stateOfPosting(id, before: at - 1, role: role, work, context: context) {
                context.mention(id, in: work.sentence, previous.range, clitic: previous.clitic)
                return (state, [at - 2, at - 1] + portfolioSpans, id)
            }
            return (id, [at - 1] + portfolioSpans, nil)
        case .institution(let kindId) where at >= 2 && !work.consumed.contains(at - 2)
            && work.adjoins(work.spans[at - 2].range.upperBound, previous.range.lowerBound):
            let state: String
            switch work.spans[at - 2].value {
            case .nisba(let found): state = found
            case .entity(let found) where context.kind(found) == .state: state = found
            default: // "Beijing's foreign ministry spokesman"
                guard let owner = InstitutionRecognizer.stateOfCapitalOwner(work.spans[at - 2], work, context: context) else { return nil }
                state = owner
            }
            guard let kind = lexicon.institutions[kindId], kind.stands_for_state != true else { return nil }
            let range = work.spans[at - 2].range.lowerBound..<previous.range.upperBound
            return (InstitutionRecognizer.body(kind, of: state, range, work, context: context), [at - 2, at - 1] + portfolioSpans, nil)
        case .function("group_anaphora") where work.isPossessiveEnding(at: previous.range.upperBound): // "the group's leader, Naim Qassem,"
            guard let group = groupNamed(by: previous, before: at - 1, work, context: context), kinds.contains(context.kind(group)) else { return nil }
            return (group, [at - 1] + portfolioSpans, nil)
        case .institution(let kindId): // "State Department spokeswoman": a body only one state has; else the one named last
            guard let kind = lexicon.institutions[kindId], kind.stands_for_state != true,
                  let state = InstitutionRecognizer.formState(kind, previous, work) ?? context.stateOfLastBody(ofKind: kindId) else { return nil }
            return (InstitutionRecognizer.body(kind, of: state, previous.range, work, context: context), [at - 1] + portfolioSpans, nil)
        default:
            return nil
        }
    }

    /// The state written right before an organisation or alliance (span `organization`) that a
    /// title with postings follows ("Russia's U.N. Ambassador", "Russian U.N. envoy"), if any.
    private func stateOfPosting(_ organization: String, before organizationSpan: Int, role: String, _ work: SentenceWork,
                                context: DocumentContext) -> String? {
        guard lexicon.titlePostings[role] != nil, [.alliance, .organization].contains(context.kind(organization)),
              organizationSpan > 0, !work.consumed.contains(organizationSpan - 1),
              work.adjoins(work.spans[organizationSpan - 1].range.upperBound, work.spans[organizationSpan].range.lowerBound) else { return nil }
        switch work.spans[organizationSpan - 1].value {
        case .nisba(let state): return state
        case .entity(let state) where context.kind(state) == .state: return state
        default: return nil
        }
    }

    /// Whether token `index` may be a word of a portfolio between an affiliation and its title:
    /// a capitalised Latin word that names nothing, or an event word ("Canadian International
    /// Trade Minister": trade is no event there).
    private func isPortfolioWord(_ index: Int, _ work: SentenceWork) -> Bool {
        guard isLatinWord(index, capital: true, work) else { return false }
        guard let span = work.spanIndex(startingAt: index) else { return true }
        switch work.spans[span].value {
        case .trigger, .nominalTrigger: return work.spans[span].range.count == 1
        default: return false
        }
    }
}
