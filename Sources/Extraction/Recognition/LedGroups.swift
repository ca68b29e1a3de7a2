import EntityGraph

/// A group named by the state that leads it, glued by a hyphen to a participle of list
/// `leading_participles` and followed by the head noun of an alliance anaphor ("the Russia-led
/// alliance", "the US-led bloc"): the state is no actor there; the words, from "the" to the
/// noun, are one alliance anaphor, which names the alliance last called so.
struct LedGroups {
    let lexicon: Lexicon

    /// Replaces each state span of such a phrase by an alliance anaphor span over the phrase.
    func apply(_ work: SentenceWork) {
        guard work.tokens.contains(where: { $0.isWord && lexicon.isFunctionWord($0.word, list: .leadingParticiples) }) else { return }
        var spans = work.spans, changed = false
        for (index, span) in spans.enumerated() {
            let hyphen = span.range.upperBound
            guard span.namesState(in: lexicon), PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, hyphen),
                  work.token(hyphen + 1, isIn: .leadingParticiples, lexicon: lexicon), hyphen + 2 < work.tokens.count,
                  work.tokens[hyphen + 2].isWord, work.spanIndex(startingAt: hyphen + 2) == nil,
                  let noun = Lexicon.nameWords(work.sentence.text(of: hyphen + 2)).last,
                  lexicon.allianceAnaphorNouns.contains(noun) else { continue }
            let start = work.token(span.range.lowerBound - 1, is: lexicon.keywords.the) ? span.range.lowerBound - 1 : span.range.lowerBound
            spans[index] = Span(range: start..<(hyphen + 3), value: .function("alliance_anaphora"), clitic: "")
            changed = true
        }
        if changed { work.spans = spans }
    }
}
