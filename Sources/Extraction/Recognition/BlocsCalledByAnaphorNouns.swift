import EntityGraph

/// A bloc the document names with an anaphor's head noun next to its name: after it in English
/// ("the Mercosur bloc"), before it in Arabic ("تكتل ميركوسور"). "the bloc" then refers to that
/// bloc, not to another named after it ("the Mercosur-EU deal ... out of the bloc": Mercosur).
/// Also the head noun of such an anaphor as written.
extension Coreference {
    /// Remembers, per head noun, the last bloc the sentence names with it.
    func rememberBlocsCalled(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans {
            guard case .entity(let id) = span.value, context.kind(id) == .alliance else { continue }
            let arabic = work.sentence.document.isArabic(work.tokens[span.range.lowerBound])
            let nounIndex = arabic ? span.range.lowerBound - 1 : span.range.upperBound
            guard nounIndex >= 0, nounIndex < work.tokens.count, work.tokens[nounIndex].isWord,
                  work.spanIndex(startingAt: nounIndex) == nil || !arabic else { continue }
            let noun = NameFolding.fold(work.sentence.text(of: nounIndex))
            let head = arabic ? "ال" + noun : noun
            if lexicon.allianceAnaphorNouns.contains(head), !(lexicon.allianceNameWords[id]?.contains(head) ?? false) {
                context.blocsCalled[head] = id
            }
        }
    }

    /// The head noun of an alliance anaphor as written, with any proclitic ("للحلف" → حلف): the
    /// longest head its last word ends with.
    func allianceHead(_ written: String) -> String {
        let last = Lexicon.nameWords(written).last ?? ""
        return lexicon.allianceAnaphorHeads.filter { last.hasSuffix($0) }.max { $0.count < $1.count } ?? last
    }
}
