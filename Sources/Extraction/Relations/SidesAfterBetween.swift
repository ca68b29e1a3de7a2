import EntityGraph

/// The sides named after "بين" / "between" end where a joining phrase adds someone after a comma
/// ("اتفاق لوقف إطلاق النار بين تايلاند وكمبوديا، إضافة إلى رئيس الوزراء الصيني": China is no
/// side of the ceasefire, but one more guest of the sentence's main clause).
extension FramePatterns {
    /// The actors joined to `first` as sides of a "بين" phrase, and where they end.
    func sidesAfterBetween(from first: Actor, _ work: SentenceWork) -> (ids: [String], end: Int) {
        let list = work.coordinated(from: first, keywords: lexicon.keywords)
        guard let phrase = work.spans.first(where: { span in
            span.value == .function("joining_phrases") && span.range.lowerBound > first.range.upperBound && span.range.upperBound <= list.end
                && (work.tokens[span.range.lowerBound - 1].mark == "," || work.tokens[span.range.lowerBound - 1].mark == "،")
        }) else { return list }
        let sides = work.actors.filter { $0.range.lowerBound >= first.range.lowerBound && $0.range.upperBound < phrase.range.lowerBound }
        return sides.count >= 2 ? (sides.flatMap(\.ids), sides.last!.range.upperBound) : list
    }
}
