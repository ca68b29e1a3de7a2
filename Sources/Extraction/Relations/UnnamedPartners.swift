import EntityGraph

/// A partner introduced by "with" that the sentence names by no actor ("وأكد وزراء خارجية الدول
/// الثلاث في اتصالات هاتفية مع نظيرهم الصومالي عبد السلام عبدي علي"): the subjects met that
/// partner, not one another.
extension FramePatterns {
    /// Whether "مع" / "with" ends the trigger that ends at `index` ("اتصالات هاتفية مع") or stands
    /// within three tokens after it, in its clause, with no span before it and no actor right
    /// after it.
    func hasUnnamedPartner(after index: Int, _ work: SentenceWork) -> Bool {
        let first = work.token(index - 1, isOneOf: lexicon.keywords.withWords) ? index - 1 : index
        guard let with = withWord(from: first, before: index + 3, work), with + 1 < work.tokens.count, work.tokens[with + 1].isWord
        else { return false }
        let partner = work.token(with + 1, is: lexicon.keywords.the) ? with + 2 : with + 1
        return !work.actors.contains { $0.range.lowerBound == partner }
    }
}
