import EntityGraph

/// "الشركة" / "the company" (list `company_anaphora`): the company its sentence named before it
/// ("قال أليكسي ميلر، الرئيس التنفيذي لشركة «غازبروم»، إن الشركة وقّعت مذكرة": Gazprom signed).
extension Coreference {
    /// The last organisation named before token `index` as a company: right after a noun of list
    /// `organization_name_nouns` and an opening quotation mark or none ("لشركة «غازبروم»", "the
    /// company Gazprom"), or right before one ("the Gazprom company"); else the one a person named
    /// before it in the sentence heads ("Rosneft chief Igor Sechin said the company").
    func companyNamed(before index: Int, _ work: SentenceWork, context: DocumentContext) -> String? {
        for span in work.spans.reversed() where span.range.upperBound <= index {
            guard case .entity(let id) = span.value, context.kind(id) == .organization else { continue }
            var noun = span.range.lowerBound - 1
            if noun >= 0, let mark = work.tokens[noun].mark, ["«", "\"", "“"].contains(mark) { noun -= 1 }
            if work.token(noun, isIn: .organizationNameNouns, lexicon: lexicon)
                || work.token(span.range.upperBound, isIn: .organizationNameNouns, lexicon: lexicon) { return id }
        }
        return work.actors.last { actor in
            actor.range.upperBound <= index && context.kind(actor.ids[0]) == .person && context.roles[actor.ids[0]] == "head"
        }.flatMap { context.affiliation[$0.ids[0]] }.flatMap { context.kind($0) == .organization ? $0 : nil }
    }
}
