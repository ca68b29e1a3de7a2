import EntityGraph

/// The sides named after "بين" / "between" end where a joining phrase adds someone after a comma
/// ("اتفاق لوقف إطلاق النار بين تايلاند وكمبوديا، إضافة إلى رئيس الوزراء الصيني": China is no
/// side of the ceasefire, but one more guest of the sentence's main clause); a name glued by a
/// hyphen to the word after it qualifies a noun and is no side ("a ceasefire between Kyiv and
/// Moscow-backed forces").
extension FramePatterns {
    /// The actors joined to `first` as sides of a "بين" phrase, and where they end.
    func sidesAfterBetween(from first: Actor, _ work: SentenceWork) -> (ids: [String], end: Int) {
        let joined = work.coordinated(from: first, keywords: lexicon.keywords)
        let compounds = work.actors.filter { $0.range.lowerBound >= first.range.lowerBound && $0.range.upperBound <= joined.end
            && PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, $0.range.upperBound) }
        let compoundIDs = Set(compounds.flatMap(\.ids))
        let list: (ids: [String], end: Int) = (joined.ids.filter { !compoundIDs.contains($0) }, joined.end)
        guard let phrase = work.spans.first(where: { span in
            span.value == .function("joining_phrases") && span.range.lowerBound > first.range.upperBound && span.range.upperBound <= list.end
                && (work.tokens[span.range.lowerBound - 1].mark == "," || work.tokens[span.range.lowerBound - 1].mark == "،")
        }) else { return list }
        let sides = work.actors.filter { $0.range.lowerBound >= first.range.lowerBound && $0.range.upperBound < phrase.range.lowerBound }
        return sides.count >= 2 ? (sides.flatMap(\.ids), sides.last!.range.upperBound) : list
    }
}
