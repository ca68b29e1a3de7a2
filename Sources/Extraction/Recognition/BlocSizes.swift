import EntityGraph

/// A bloc named by its size ("the 27-member bloc", "the 32-nation alliance", "التكتل المكون من
/// 27 دولة"): the alliance of the lexicon with that many members (`member_count`), not merely the
/// last one named.
extension Coreference {
    /// The number of members written with an alliance anaphor: a number within two tokens before
    /// it or inside it, or within three after it, followed (perhaps after a hyphen) by a word of
    /// `member_count_nouns`.
    func memberCount(near span: Span, _ work: SentenceWork) -> Int? {
        let window = max(0, span.range.lowerBound - 2)..<min(work.tokens.count, span.range.upperBound + 3)
        for index in window where work.tokens[index].number >= 2 {
            let next = index + 1 < work.tokens.count && work.tokens[index + 1].mark == "-" ? index + 2 : index + 1
            if work.token(next, isInWordList: "member_count_nouns", lexicon: lexicon) { return Int(work.tokens[index].number) }
        }
        return nil
    }

    /// The one alliance of the lexicon with `size` members, if only one has that many.
    func allianceOfSize(_ size: Int) -> String? {
        let sized = lexicon.entities.values.filter { $0.kind == .alliance && $0.memberCount == size }
        return sized.count == 1 ? sized[0].id : nil
    }
}
