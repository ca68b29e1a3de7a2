import EntityGraph

/// Organisations the lexicon does not know, introduced the way English news introduces them:
/// capitalised words (lower-case stopwords between), then their acronym in brackets, the
/// initials of the capitalised words ("China National Nuclear Corporation (CNNC)"; a name the
/// lexicon knows as one span stays as it is). The words become one span, names inside them
/// ("China") no actors, and the name and the acronym are matched in the rest of the document.
struct AcronymNames {
    let lexicon: Lexicon

    /// Replaces the spans inside each such name by one span of a new organisation.
    func recognize(_ work: SentenceWork, context: DocumentContext) {
        for open in work.tokens.indices where work.tokens[open].mark == "(" {
            guard open >= 2, open + 2 < work.tokens.count, work.tokens[open + 2].mark == ")",
                  let acronym = acronymLetters(open + 1, work), let start = nameStart(before: open, initials: acronym, work),
                  !work.spans.contains(where: { $0.range == start..<open }) else { continue }
            let id = context.discoverOrganization(work.sentence, start..<open, acronym: open + 1)
            work.spans.removeAll { $0.range.overlaps(start..<open) || $0.range.lowerBound == open + 1 }
            work.addSpans([Span(range: start..<open, value: .entity(id), clitic: "")])
        }
    }

    /// The capital letters of token `index` when it is an acronym of two to six capitals.
    private func acronymLetters(_ index: Int, _ work: SentenceWork) -> [Character]? {
        let text = work.sentence.text(of: index)
        guard (2...6).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        return Array(text)
    }

    /// Where the capitalised words whose initials are `initials` start, ending right before `end`.
    private func nameStart(before end: Int, initials: [Character], _ work: SentenceWork) -> Int? {
        var cursor = end, letters = initials
        while let letter = letters.last, cursor > 0 {
            cursor -= 1
            let text = work.sentence.text(of: cursor)
            if work.tokens[cursor].isWord, text.first?.isLowercase == true, lexicon.isFunctionWord(work.tokens[cursor].word, list: .stopwords) {
                continue
            }
            guard work.tokens[cursor].isWord, text.first == letter else { return nil }
            letters.removeLast()
        }
        return letters.isEmpty ? cursor : nil
    }
}
