import EntityGraph

/// English places the lexicon does not know, named after "in" and right before "in" or "near"
/// and a place or state it knows ("killed 26 people in Pahalgam in Indian-administered Kashmir",
/// "in Bucha near Kyiv"): one or two capitalised unknown words, which get a span of their own and
/// are matched in the rest of the document.
struct PlacesBeforeTheirRegion {
    let lexicon: Lexicon
    private let inWord: Int32, nearWord: Int32

    /// A recognizer reading the words of `lexicon`.
    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        (inWord, nearWord) = (lexicon.words.id("in") ?? -1, lexicon.words.id("near") ?? -1)
    }

    /// Adds a span for each such place.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        var found: [Span] = []
        for index in work.tokens.indices where work.token(index, is: inWord) && !work.sentence.document.isArabic(work.tokens[index]) {
            var end = index + 1
            while end < work.tokens.count, end - index <= 2, isUnknownCapitalised(end, work) { end += 1 }
            guard end > index + 1, end + 1 < work.tokens.count, work.token(end, is: inWord) || work.token(end, is: nearWord),
                  isKnownPlace(from: end + 1, work, context: context) else { continue }
            let id = context.discoverPlace(work.sentence, (index + 1)..<end)
            found.append(Span(range: (index + 1)..<end, value: .entity(id), clitic: ""))
        }
        work.addSpans(found)
    }

    /// Whether a known place or state, or a state's nisba glued to a word ("Indian-administered"),
    /// starts within two tokens of `index`.
    private func isKnownPlace(from index: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        work.spans.contains { span in
            guard (index...(index + 2)).contains(span.range.lowerBound) else { return false }
            switch span.value {
            case .nisba: return true
            case .entity(let id): return [.place, .state].contains(context.kind(id))
            default: return false
            }
        }
    }

    /// Whether token `index` is a capitalised Latin word the lexicon does not know.
    private func isUnknownCapitalised(_ index: Int, _ work: SentenceWork) -> Bool {
        work.isUnknownWord(index) && work.sentence.text(of: index).unicodeScalars.first?.isLatinCapital == true
    }
}
