import EntityGraph

/// The state of a list of people a title ends ("added Petro, his wife Veronica Alcocer, his son
/// Nicolas Petro and Interior Minister Armando Benedetti"): the joined person's relatives have no
/// state of their own, the one heading the list has.
extension RoleRecognizer {
    /// The state of the nearest person of a comma-separated list ending with the person `last`,
    /// its items apart by a comma and at most two words ("his wife"); up to four items back.
    func stateOfList(endingWith last: Range<Int>, _ work: SentenceWork, context: DocumentContext) -> String? {
        var end = last.lowerBound
        for _ in 0..<4 {
            guard let item = personItem(endingNear: end, work, context: context) else { return nil }
            if let state = context.state(of: item.id) { return state }
            end = item.range.lowerBound
        }
        return nil
    }

    /// The person whose name ends at most three tokens before `end`, with a comma among the
    /// tokens between and nothing else but words.
    private func personItem(endingNear end: Int, _ work: SentenceWork, context: DocumentContext) -> (id: String, range: Range<Int>)? {
        let named = work.singleNames
        guard let item = named.filter({ $0.1.upperBound < end && end - $0.1.upperBound <= 3 && context.kind($0.0) == .person })
                .max(by: { $0.1.upperBound < $1.1.upperBound }) else { return nil }
        let between = item.1.upperBound..<end
        guard work.tokens[between.lowerBound].mark == "," || work.tokens[between.lowerBound].mark == "،",
              between.dropFirst().allSatisfy({ work.tokens[$0].isWord }) else { return nil }
        return (item.0, item.1)
    }
}
