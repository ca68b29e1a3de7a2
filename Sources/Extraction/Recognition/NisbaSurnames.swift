import EntityGraph

/// A person's family name that is spelled like a state's nisba ("محمد شياع السوداني", "السوداني"
/// also Sudanese): once the document has named the person, the nisba written with the article
/// right after a verb ("وأكد السوداني", "وطالب السوداني") is the person, since an adjective
/// follows a noun, not a verb.
struct NisbaSurnames {
    let lexicon: Lexicon

    /// Turns such nisba spans into the person's.
    func apply(_ work: SentenceWork, context: DocumentContext) {
        for index in work.spans.indices {
            let span = work.spans[index]
            guard case .nisba = span.value, ["", "و"].contains(span.clitic), span.range.count == 1, span.range.lowerBound > 0,
                  isVerbLike(span.range.lowerBound - 1, work) else { continue }
            let written = NameFolding.fold(work.text(span.range)).dropFirst(span.clitic.count)
            guard written.hasPrefix("ال"), let person = personSurnamed(String(written), context: context) else { continue }
            work.spans[index].value = .entity(person)
        }
    }

    /// Whether token `index` may be a verb or a noun in construct: an Arabic word without the
    /// article as written, in no span or only in a function word's or an event word's.
    private func isVerbLike(_ index: Int, _ work: SentenceWork) -> Bool {
        guard work.tokens[index].isWord, work.sentence.document.isArabic(work.tokens[index]),
              !work.sentence.document.startsWithArticle(work.tokens[index]) else { return false }
        guard let other = work.span(endingAt: index + 1) else { return true }
        switch other.value {
        case .function, .trigger, .nominalTrigger: return true
        default: return false
        }
    }

    /// The person the document named last whose Arabic name ends with `word`.
    private func personSurnamed(_ word: String, context: DocumentContext) -> String? {
        context.searchBackwards(also: []) { id in
            guard context.kind(id) == .person else { return false }
            let names = lexicon.entities[id]?.arabicNames ?? context.localEntities[id].map { [$0.name] } ?? []
            return names.contains { name in name.count > word.count && NameFolding.fold(name).hasSuffix(" " + word) }
        }
    }
}
