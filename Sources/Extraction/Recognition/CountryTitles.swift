/// Titles of "the country" ("أمير البلاد الشيخ مشعل", "رئيس البلاد"): the country is the one the
/// story is about, so the title reads as the bare one when a name follows.
extension RoleRecognizer {
    /// Whether a person's name, or a rank and a name ("الشيخ مشعل ..."), starts at token `index`.
    func namesFollow(_ index: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        let start = work.token(index, isIn: .titleQualifiers, lexicon: lexicon) ? index + 1 : index
        return startsPersonName(at: start, work, context: context) || nameLength(work, from: start) != nil
    }
}
