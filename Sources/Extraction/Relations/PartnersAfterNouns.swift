import EntityGraph

/// The partner named after an event noun and its qualifiers ("بمعاهدة الصداقة مع إسبانيا",
/// "باتفاقية جديدة مع النرويج"): what makes the subject of the verb before the noun one of its
/// parties.
extension FramePatterns {
    /// Whether "مع" / "with" follows the event noun ending at `end`, right after it or after at
    /// most two words in its clause that name no one and start no span but an event word's
    /// ("بمعاهدة الصداقة مع", "بمعاهدة التعاون مع"; not "باتفاق أرمينيا مع أذربيجان", the
    /// agreement of others).
    func isPartnerNamedAfter(_ end: Int, _ work: SentenceWork) -> Bool {
        var index = end
        while index < min(work.tokens.count, end + 3) {
            if work.token(index, is: lexicon.keywords.with) { return true }
            guard work.tokens[index].isWord, work.spanIndex(startingAt: index).map({ work.spans[$0].isEventWord }) ?? true,
                  !work.actors.contains(where: { $0.range.contains(index) }) else { return false }
            index += 1
        }
        return false
    }
}
