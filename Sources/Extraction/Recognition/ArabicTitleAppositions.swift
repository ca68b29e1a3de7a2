import EntityGraph

/// An Arabic title's holder set off by commas after it ("قال مسؤول في حزب الله، محمود قماطي، إن"):
/// a name the lexicon lacks, of two words or more, closed by another comma. A known person there
/// stays an actor of its own, so that the comma still sets off the title's apposition for the
/// event after it ("بحث وزير الدفاع البيلاروسي، فيكتور خرينين، مع نظيره").
extension RoleRecognizer {
    /// Whether an Arabic comma at `index` opens such an apposition.
    func isArabicApposition(at index: Int, _ work: SentenceWork) -> Bool {
        guard index + 2 < work.tokens.count, work.tokens[index].mark == "،" else { return false }
        let start = index + 1
        guard work.spanIndex(startingAt: start) == nil, let length = nameLength(work, from: start), length >= 2 else { return false }
        return start + length < work.tokens.count && work.tokens[start + length].mark == "،"
    }
}
