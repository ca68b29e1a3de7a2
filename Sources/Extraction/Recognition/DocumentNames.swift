import EntityGraph

/// A place named in the name of a treaty or another document (list `document_nouns`: "the
/// Ottawa Convention", "the Ottawa landmine treaty", "the Budapest Memorandum", "اتفاقية أوتاوا",
/// "مذكرة بودابست" with no other party joined by و: "اتفاقية موسكو وكييف" is between them) is
/// no place of the story: its span is dropped.
struct DocumentNames {
    let lexicon: Lexicon

    /// Drops the place spans that name a document.
    func apply(_ work: SentenceWork) {
        guard work.tokens.contains(where: { $0.isWord && lexicon.isFunctionWord($0.word, list: .documentNouns) }) else { return }
        let kept = work.spans.filter { span in
            guard case .entity(let id) = span.value, lexicon.entities[id]?.kind == .place else { return true }
            if work.sentence.document.isArabic(work.tokens[span.range.lowerBound]) {
                let joined = work.spans.contains { $0.range.lowerBound == span.range.upperBound && $0.clitic.hasPrefix("و") }
                return joined || !work.token(span.range.lowerBound - 1, isIn: .documentNouns, lexicon: lexicon)
            }
            let after = span.range.upperBound
            let qualifier = after < work.tokens.count && work.tokens[after].isWord && work.spanIndex(startingAt: after) == nil
                && work.sentence.text(of: after).first?.isLowercase == true
            return !(work.token(after, isIn: .documentNouns, lexicon: lexicon)
                || (qualifier && work.token(after + 1, isIn: .documentNouns, lexicon: lexicon)))
        }
        if kept.count != work.spans.count { work.spans = kept }
    }
}
