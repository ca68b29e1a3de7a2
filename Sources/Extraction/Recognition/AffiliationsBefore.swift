import EntityGraph

/// The office an English title's holder serves, written before the title.
extension RoleRecognizer {
    /// An affiliation written before an English title (an Arabic nisba qualifies the noun before
    /// it: "الوفد الروسي مساعد الرئيس" is no Russian aide): a nisba or a state or
    /// organisation, possibly with a possessive ("Russian Foreign Minister", "Kremlin spokesman",
    /// "Russia's defence minister"), or a state body named by a nisba or a state and an
    /// institution ("Russian Foreign Ministry spokeswoman", "Russia's foreign ministry spokeswoman");
    /// a nisba, a possessive or a state may be followed by up to three capitalised words of a
    /// portfolio ("Israeli Strategic Affairs Minister", "Eritrea's Information Minister", "U.S.
    /// Energy Secretary"); one or two lowercase words may stand between ("NATO military chief",
    /// "United Nations human rights chief"). An organisation or alliance before a title with
    /// postings, after a state, is where the state's envoy is posted ("Russia's U.N. Ambassador",
    /// "Russian U.N. envoy"): the state is the office.
    func affiliationBefore(_ index: Int, role: String, kinds: Set<EntityKind>, _ work: SentenceWork,
                           context: DocumentContext) -> (id: String, spans: [Int], posting: String?)? {
        let titleStart = work.spans[index].range.lowerBound
        guard index > 0, !work.consumed.contains(index - 1), !work.sentence.document.isArabic(work.tokens[titleStart]) else { return nil }
        let previous = work.spans[index - 1]
        let lowercase = { (index: Int) in index >= 1 && work.spanIndex(startingAt: index) == nil && self.isLatinWord(index, capital: false, work) }
        let plainNoun = { (index: Int) in lowercase(index) && !self.lexicon.isAnyFunctionWord(work.tokens[index].word) }
        let adjectives = lowercase(titleStart - 1) ? (plainNoun(titleStart - 1) && plainNoun(titleStart - 2) ? 2 : 1) : 0
        let portfolio = (1...3).contains { words in
            titleStart - words >= 1 && work.adjoins(previous.range.upperBound, titleStart - words) && (previous.namesState(in: lexicon) || work.isPossessiveEnding(at: previous.range.upperBound))
                && ((titleStart - words)..<titleStart).allSatisfy { work.spanIndex(startingAt: $0) == nil && isLatinWord($0, capital: true, work) }
        }
        guard work.adjoins(previous.range.upperBound, titleStart) || (0..<adjectives).contains(where: { work.adjoins(previous.range.upperBound, titleStart - 1 - $0) })
                || portfolio else {
            return nil
        }
        switch previous.value {
        case .nisba(let state):
            if communityBefore(index, work) != nil { return nil }
            return (state, [index - 1], nil)
        case .entity(let id) where kinds.contains(context.kind(id)):
            if let state = stateOfPosting(id, before: index - 1, role: role, work, context: context) {
                context.mention(id, in: work.sentence, previous.range, clitic: previous.clitic)
                return (state, [index - 2, index - 1], id)
            }
            return (id, [index - 1], nil)
        case .institution(let kindId) where index >= 2 && !work.consumed.contains(index - 2)
            && work.adjoins(work.spans[index - 2].range.upperBound, previous.range.lowerBound):
            let state: String
            switch work.spans[index - 2].value {
            case .nisba(let found): state = found
            case .entity(let found) where context.kind(found) == .state: state = found
            default: return nil
            }
            guard let kind = lexicon.institutions[kindId], kind.stands_for_state != true else { return nil }
            let range = work.spans[index - 2].range.lowerBound..<previous.range.upperBound
            return (InstitutionRecognizer.body(kind, of: state, range, work, context: context), [index - 2, index - 1], nil)
        case .institution(let kindId): // "State Department spokeswoman": a body only one state has
            guard let kind = lexicon.institutions[kindId], let state = InstitutionRecognizer.formState(kind, previous, work) else { return nil }
            return (InstitutionRecognizer.body(kind, of: state, previous.range, work, context: context), [index - 1], nil)
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
}
