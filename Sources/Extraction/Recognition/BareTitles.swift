import EntityGraph

/// A definite title written with no name, no nisba and no owner ("وكان ولي العهد قد استقبل",
/// "وقال الرئيس", "the prime minister said"): it names again the person the document last named
/// who holds that role, as read in the text or in the lexicon on the article date ("الوزير":
/// any minister), in the office the document gave that person or the lexicon's.
extension RoleRecognizer {
    /// The office of the person this document last named with `role`, when the title `span` is
    /// definite and its role is a specific one held by one person at a time; nil otherwise.
    func officeOfRecentHolder(_ role: String, title span: Span, _ work: SentenceWork, context: DocumentContext) -> String? {
        guard role != Self.genericRole, role != Self.anyRole, !lexicon.sharedRoles.contains(role), isDefinite(span, work),
              let holder = context.searchBackwards(also: [], { person in
                  context.rolesHeld(by: person).contains { $0 == role || (role == "minister" && $0.hasSuffix("minister")) }
              }) else { return nil }
        return context.affiliation[holder]
            ?? lexicon.entities[holder]?.roles(heldOn: context.date).first { $0.role == role || (role == "minister" && $0.role.hasSuffix("minister")) }?.of
    }

    /// Whether a title is definite and singular: an Arabic title with the article or in construct
    /// with a definite noun ("الرئيس", "ولي العهد", "البابا"; not "الرئيسان", "وزيرا الخارجية") or an
    /// honorific pronoun ("جلالته"), an English one after "the".
    private func isDefinite(_ span: Span, _ work: SentenceWork) -> Bool {
        let start = span.range.lowerBound
        guard work.sentence.document.isArabic(work.tokens[start]) else { return work.token(start - 1, is: lexicon.keywords.the) }
        let written = String(NameFolding.fold(work.text(span.range)).dropFirst(span.clitic.count))
        if lexicon.titlePronouns.contains(written) { return true }
        let words = written.split(separator: " ")
        // A dual in construct ends with ا ("وزيرا الخارجية"); a word with the article does not ("البابا" is one).
        guard !lexicon.leaderPairs.contains(written), let first = words.first, !first.hasSuffix("ا") || first.hasPrefix("ال") else { return false }
        return words.first?.hasPrefix("ال") == true || words.dropFirst().first?.hasPrefix("ال") == true
    }
}
