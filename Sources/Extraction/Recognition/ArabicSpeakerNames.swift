import EntityGraph

/// People the lexicon does not know, named in Arabic right after a verb of speech (list
/// `speech_verbs`: "وقال بيتر موثاريكا إن") or right after the verb of an oath of office, before
/// its phrase (list `oath_phrases`: "أدى بيتر موثاريكا، السبت، اليمين الدستورية"): a given name
/// (list `given_names`) and one to three more words that name nothing known and are of no
/// function list, up to a mark, a phrase or a function word.
extension SpeakerNames {
    /// The spans of such names in an Arabic sentence.
    func arabicNames(_ work: SentenceWork, context: DocumentContext) -> [Span] {
        var starts: [Int] = []
        for span in work.spans where work.sentence.document.isArabic(work.tokens[span.range.lowerBound]) {
            if span.value == .function("speech_verbs") {
                starts.append(span.range.upperBound)
            } else if span.value == .function("oath_phrases"), span.range.lowerBound >= 1,
                      let start = (max(1, span.range.lowerBound - 8)..<span.range.lowerBound)
                        .first(where: { work.isUncoveredArabicWord($0 - 1) && !isGivenName($0 - 1, work) && isGivenName($0, work) }) {
                starts.append(start)
            }
        }
        return starts.compactMap { start in
            guard start < work.tokens.count, isGivenName(start, work), work.isUncoveredArabicWord(start) else { return nil }
            var end = start + 1
            while end < work.tokens.count, end - start < 4, work.isUncoveredArabicWord(end) { end += 1 }
            guard end - start >= 2, end == work.tokens.count || !work.tokens[end].isWord || work.spanIndex(startingAt: end) != nil
                    || lexicon.isAnyFunctionWord(work.tokens[end].word) else { return nil }
            return Span(range: start..<end, value: .entity(context.discoverPerson(work.sentence, start..<end)), clitic: "")
        }
    }

    /// Whether token `index` is a given name of list `given_names`.
    private func isGivenName(_ index: Int, _ work: SentenceWork) -> Bool {
        lexicon.givenNames.contains(work.tokens[index].word)
    }
}
