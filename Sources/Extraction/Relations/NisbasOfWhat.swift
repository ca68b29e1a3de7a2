/// The state of a nisba that qualifies what an Arabic event noun names: whose the thing is, and
/// so who acts.
extension FramePatterns {
    /// The state of a nisba right after the thing an Arabic event noun names, in up to three
    /// words ("نشر صواريخ أمريكية في ألمانيا", "نشر الأسلحة النووية الروسية"): whose it is, and
    /// so who acts.
    func nisbaOfWhat(after end: Int, _ work: SentenceWork) -> (state: String, end: Int)? {
        var cursor = end
        while cursor < work.tokens.count, cursor - end < 3, work.tokens[cursor].isWord, work.spanIndex(startingAt: cursor) == nil,
              !lexicon.isFunctionWord(work.tokens[cursor].word, list: .stopwords) {
            cursor += 1
        }
        guard cursor > end, let position = work.spanIndex(startingAt: cursor), case .nisba(let state) = work.spans[position].value else {
            return nil
        }
        return (state, work.spans[position].range.upperBound)
    }
}
