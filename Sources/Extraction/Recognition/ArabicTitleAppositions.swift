import EntityGraph

/// An Arabic title's holder set off by commas after it ("قال مسؤول في حزب الله، محمود قماطي، إن"):
/// a name the lexicon lacks, of two words or more, closed by another comma. A known person there
/// stays an actor of its own, so that the comma still sets off the title's apposition for the
/// event after it ("بحث وزير الدفاع البيلاروسي، فيكتور خرينين، مع نظيره"); after a title that
/// names no office, a known person there is its holder when the lexicon gives them that role on
/// the article's date ("وزير الخارجية، أحمد عطاف،").
extension RoleRecognizer {
    /// Whether a comma at `index` opens the apposition of a title's holder: an English one, an
    /// Arabic one of a name the lexicon lacks, or, when the title names no office, an Arabic one
    /// of a person the lexicon knows in `role` on the article's date.
    func isTitleApposition(at index: Int, role: String, office: String?, _ work: SentenceWork, context: DocumentContext) -> Bool {
        if isEnglishApposition(at: index, work) || isArabicApposition(at: index, work) { return true }
        guard office == nil, index + 1 < work.tokens.count, work.tokens[index].mark == "،",
              let next = work.spanIndex(startingAt: index + 1), work.spans[next].clitic.isEmpty,
              case .entity(let person) = work.spans[next].value, context.kind(person) == .person else { return false }
        return lexicon.entities[person]?.roles(heldOn: context.date).contains { $0.role == role } == true
    }

    /// Whether an Arabic comma at `index` opens such an apposition.
    func isArabicApposition(at index: Int, _ work: SentenceWork) -> Bool {
        guard index + 2 < work.tokens.count, work.tokens[index].mark == "،" else { return false }
        let start = index + 1
        guard work.spanIndex(startingAt: start) == nil, let length = nameLength(work, from: start), length >= 2 else { return false }
        return start + length < work.tokens.count && work.tokens[start + length].mark == "،"
    }
}
