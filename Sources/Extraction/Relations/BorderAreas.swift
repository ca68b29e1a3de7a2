import EntityGraph

/// Neighbours across a border and states naming a border are not where forces go nor whom
/// drills are held with.
extension FramePatterns {
    /// Whether an actor is named as the neighbour across a border ("نشر جنود على حدودها مع
    /// بيلاروسيا", "troops on its border with Belarus"): a border phrase ending with "مع" /
    /// "with" ends right before it (not "جارتها ليتوانيا", the one accused), so
    /// troops sent there are not sent into it, and drills held there are not held with it
    /// ("مناورات قرب الحدود مع بولندا") — unless the frame requires the border word itself
    /// ("closed its border with Belarus": the neighbour is what the closure is against), also
    /// when the phrase qualifies that word right before it ("أغلقت معابرها الحدودية مع بيلاروس").
    func isBorderNeighbour(_ actor: Actor, _ work: SentenceWork, unlessRequiredBy frameIndex: Int) -> Bool {
        let required = lexicon.frameRequiredWords[frameIndex]
        return work.spans.contains { span in
            guard span.range.upperBound == actor.range.lowerBound, case .function(let list) = span.value,
                  work.token(span.range.upperBound - 1, isOneOf: lexicon.keywords.withWords),
                  !((span.range.lowerBound - 1)..<span.range.upperBound).contains(where: { work.token($0, isOneOf: required) }) else { return false }
            return list == "border_triggers" || list == "own_borders" || list == "main_subject_borders"
        }
    }

    /// Whether an English state name stands right before "border" / "frontier" (`border_nouns`):
    /// where a border lies ("Poland sends more troops to Belarus border" keeps them on Poland's side).
    func namesBorderArea(_ actor: Actor, _ work: SentenceWork) -> Bool {
        guard !work.sentence.document.isArabic(work.tokens[actor.range.lowerBound]),
              let next = work.spanIndex(startingAt: actor.range.upperBound) else { return false }
        return work.spans[next].value == .function("border_nouns")
    }
}
