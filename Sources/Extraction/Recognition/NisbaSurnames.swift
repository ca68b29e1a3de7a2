import EntityGraph

/// A person's family name that is spelled like a state's nisba ("محمد شياع السوداني", "السوداني"
/// also Sudanese): once the document has named the person, the nisba written with the article
/// right after a verb ("وأكد السوداني", "وطالب السوداني") or after a person of another state
/// (the verb's subject before its object) is the person, since an adjective follows a noun, not
/// a verb, and describes its own noun. One per document: it keeps the last word of every person's
/// Arabic names as the document names them.
final class NisbaSurnames {
    let lexicon: Lexicon
    /// Folded last word of an Arabic name → the person last mentioned with it.
    private var surnames: [String: String] = [:]
    /// Entity id → the folded last words of its Arabic names (none for other kinds than people).
    private var lastWords: [String: [String]] = [:]
    /// How many entries of the document's mention history were read.
    private var read = 0

    /// A reader for one document.
    init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Turns such nisba spans into the person's.
    func apply(_ work: SentenceWork, context: DocumentContext) {
        for index in work.spans.indices {
            let span = work.spans[index]
            guard case .nisba(let state) = span.value, ["", "و"].contains(span.clitic), span.range.count == 1, span.range.lowerBound > 0,
                  isVerbLike(span.range.lowerBound - 1, work) || followsOtherStatesPerson(span, state: state, work, context: context) else { continue }
            let written = String(NameFolding.fold(work.text(span.range)).dropFirst(span.clitic.count))
            guard written.hasPrefix("ال") else { continue }
            readHistory(context)
            if let person = surnames[written] { work.spans[index].value = .entity(person) }
        }
    }

    /// Records the last words of the names of the people mentioned since the last reading.
    private func readHistory(_ context: DocumentContext) {
        let history = context.history
        guard read < history.count else { return }
        for id in history[read...] {
            let words = lastWords[id] ?? lastWordsOfNames(of: id, context: context)
            for word in words { surnames[word] = id }
        }
        read = history.count
    }

    /// The folded last words of a person's Arabic names of two words or more, recorded; none for
    /// an entity of another kind.
    private func lastWordsOfNames(of id: String, context: DocumentContext) -> [String] {
        var words: [String] = []
        if context.kind(id) == .person {
            let names = lexicon.entities[id]?.arabicNames ?? context.localEntities[id].map { [$0.name] } ?? []
            words = names.compactMap { name in
                let parts = NameFolding.fold(name).split(separator: " ")
                return parts.count >= 2 ? parts.last.map(String.init) : nil
            }
        }
        lastWords[id] = words
        return words
    }

    /// Whether the nisba `span` of `state` follows a person of another state, the subject of the
    /// verb before that person ("وهنأ وزير الخارجية الإيراني عباس عراقجي السوداني": not Araghchi
    /// the Sudanese, but the one he congratulated).
    private func followsOtherStatesPerson(_ span: Span, state: String, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard span.clitic.isEmpty, case .entity(let person)? = work.span(endingAt: span.range.lowerBound)?.value,
              context.kind(person) == .person, let own = context.state(of: person) else { return false }
        return own != state
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
}
