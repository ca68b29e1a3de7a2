import EntityGraph

/// Arabic nisbas two states share (`nisba_shared_ar`: "الرئيس الكوري", "الشركة الكورية"): read
/// as the nisba of whichever of them the document named first, and not read in a document that
/// named neither. A nisba with its qualifier ("الكوري الجنوبي") is a longer name and wins.
struct SharedNisbas {
    /// The states sharing each folded form of a shared nisba stem.
    private let statesByForm: [String: [String]]

    /// Gathers the shared nisbas of the lexicon's states.
    init(lexicon: Lexicon) {
        var table: [String: [String]] = [:]
        for (id, entity) in lexicon.entities.sorted(by: { $0.key < $1.key }) where entity.kind == .state {
            for form in entity.sharedNisbaStems.flatMap(NisbaForms.forms(ofStem:)) { table[form, default: []].append(id) }
        }
        statesByForm = table
    }

    /// Adds a nisba span for each unmatched Arabic word that is a shared nisba of a state the
    /// document named.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        guard !statesByForm.isEmpty else { return }
        var found: [Span] = []
        for index in work.tokens.indices where work.tokens[index].isWord && work.spanIndex(startingAt: index) == nil {
            guard work.sentence.document.isArabic(work.tokens[index]),
                  let states = statesByForm[NameFolding.fold(work.sentence.text(of: index))],
                  let state = context.firstNamed(among: states) else { continue }
            found.append(Span(range: index..<(index + 1), value: .nisba(state), clitic: ""))
        }
        work.addSpans(found)
    }
}

extension DocumentContext {
    /// Which of `states` the document named first, by name or by a person serving it.
    func firstNamed(among states: [String]) -> String? {
        history.lazy.compactMap { self.state(of: $0) }.first { states.contains($0) }
    }
}
