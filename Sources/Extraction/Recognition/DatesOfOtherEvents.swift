/// A date that dates another event named after "since" ("منذ استقلال البلاد عام 1946", "since its
/// independence in 1946", "منذ عودتها إلى السلطة في أغسطس/آب 2021"): the start of a count, not the
/// date of the sentence's event. A year right after "since" and its year word ("منذ عام 2014")
/// still dates what began then, and so does a year that closes a "since" phrase holding the event
/// itself ("since Russia invaded Ukraine in 2022": the invasion's).
extension SentenceWork {
    /// Whether the date at token `index` (a year after its year word, or a month, after "في" /
    /// "in" or not) closes a "since" phrase of one to four words that names another event than
    /// the one ending at token `end`, before it.
    func datesEventAfterSince(_ index: Int, eventEnd end: Int) -> Bool {
        var start = index
        if token(index - 1, isIn: .yearWords, lexicon: lexicon) {
            start = index - 1
        } else if let month = spanIndex(startingAt: index), case .month = spans[month].value {
            if token(index - 1, isOneOf: lexicon.keywords.locative) { start = index - 1 }
        } else {
            return false
        }
        guard start >= 2 else { return false }
        for since in stride(from: start - 2, through: max(end, start - 5), by: -1) {
            guard (since + 1..<start).allSatisfy({ tokens[$0].isWord }) else { return false }
            if token(since, isInWordList: "since_words", lexicon: lexicon) { return true }
        }
        return false
    }
}
