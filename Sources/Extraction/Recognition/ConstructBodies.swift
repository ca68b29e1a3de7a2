import EntityGraph

/// Arabic bodies named as a construct: an institution word without the article, the words it
/// governs, then the nisba of its state ("قوات العمليات الخاصة الأوكرانية").
extension SentenceWork {
    /// The nisba closing an Arabic institution word (span `index`) written without the article,
    /// as the head of a construct, after one or two definite words (adjectives or event words of
    /// one token) or after an institution word of the same kind ("قوات العمليات الخاصة
    /// الأوكرانية", "قوات الاحتلال الإسرائيلي", "قوات الطائرات المسيرة الأوكرانية"): the state
    /// whose body the whole phrase names, and the spans after the word that the phrase takes in.
    func nisbaClosingConstruct(_ index: Int) -> (state: String, spans: [Int])? {
        let span = spans[index]
        guard let last = span.range.last, sentence.document.isArabic(tokens[last]) else { return nil }
        let word = NameFolding.fold(sentence.text(of: last))
        guard !(last == span.range.lowerBound ? word.dropFirst(span.clitic.count) : word[...]).hasPrefix("ال") else { return nil }
        var (cursor, inner) = (span.range.upperBound, [Int]())
        if let next = spanIndex(startingAt: cursor), !consumed.contains(next), spans[next].value == span.value, spans[next].clitic.isEmpty {
            (cursor, inner) = (spans[next].range.upperBound, [next])
        } else {
            while cursor - span.range.upperBound < 2, isDefiniteAdjective(cursor) || isDefiniteEventWord(cursor) { cursor += 1 }
        }
        guard cursor > span.range.upperBound, let nisba = spanIndex(startingAt: cursor), !consumed.contains(nisba),
              spans[nisba].clitic.isEmpty, case .nisba(let state) = spans[nisba].value else { return nil }
        return (state, inner + [nisba])
    }

    /// Whether token `index` is an Arabic definite word of no span and of no function list but
    /// `title_qualifiers`, as an adjective after an institution word is ("الانتقالية").
    func isDefiniteAdjective(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].isWord, sentence.document.isArabic(tokens[index]), spanIndex(startingAt: index) == nil,
              !lexicon.isAnyFunctionWord(tokens[index].word) || token(index, isIn: .titleQualifiers, lexicon: lexicon) else { return false }
        return NameFolding.fold(sentence.text(of: index)).hasPrefix("ال")
    }

    /// Whether token `index` is an Arabic event word of one token with the article and no proclitic ("العمليات").
    private func isDefiniteEventWord(_ index: Int) -> Bool {
        guard let event = spanIndex(startingAt: index), spans[event].range.count == 1, spans[event].isEventWord,
              spans[event].clitic.isEmpty, sentence.document.isArabic(tokens[index]) else { return false }
        return sentence.document.startsWithArticle(tokens[index])
    }
}
