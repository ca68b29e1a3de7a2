import EntityGraph

/// Finding actors by position without walking the whole list: long sentences hold thousands.
extension SentenceWork {
    /// The index of the first actor starting at or after token `index` (`actors.count` when none
    /// does), found by bisection: `add` keeps the actors in the order of their first tokens, after
    /// those starting at the same token.
    func firstActorIndex(startingAtOrAfter index: Int) -> Int {
        var (low, high) = (0, actors.count)
        while low < high {
            let middle = (low + high) / 2
            if actors[middle].range.lowerBound < index { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
