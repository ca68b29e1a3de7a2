/// A year that dates another event named after "since" ("منذ استقلال البلاد عام 1946", "since its
/// independence in 1946"): the start of a count, not the date of the sentence's event. A year
/// right after "since" and its year word ("منذ عام 2014") still dates what began then, and so
/// does a year that closes a "since" phrase holding the event itself ("since Russia invaded
/// Ukraine in 2022": the invasion's).
extension SentenceWork {
    /// Whether the year at token `index`, after its year word, closes a "since" phrase of one to
    /// three words that names another event than the one ending at token `end`, before it.
    func datesEventAfterSince(_ index: Int, eventEnd end: Int) -> Bool {
        guard index >= 3, token(index - 1, isIn: .yearWords, lexicon: lexicon) else { return false }
        for since in stride(from: index - 3, through: max(end, index - 5), by: -1) {
            guard (since + 1..<(index - 1)).allSatisfy({ tokens[$0].isWord }) else { return false }
            if token(since, isInWordList: "since_words", lexicon: lexicon) { return true }
        }
        return false
    }
}
