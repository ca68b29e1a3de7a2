import EntityGraph

/// Deeds threatened rather than done (frames with `threatened_deeds`): "هددت روسيا بضرب
/// أوكرانيا", "Trump has threatened to strike Iran" threaten Ukraine and Iran; the strike is no
/// attack.
extension FramePatterns {
    /// The deed word written right after `index` (the end of a threat's trigger or subject) as
    /// the threat's content: with the proclitic ب in Arabic, after "to" in English.
    func threatenedDeed(after index: Int, _ work: SentenceWork) -> Span? {
        let to = work.token(index, is: lexicon.keywords.toEnglish)
        guard let position = work.spanIndex(startingAt: to ? index + 1 : index) else { return nil }
        let deed = work.spans[position]
        switch deed.value {
        case .trigger(let frame), .nominalTrigger(let frame):
            guard DocumentContext.deeds.contains(RelationType(lexicon.frames[frame].type)) else { return nil }
            return to || ArabicClitics.endsWithPreposition(deed.clitic, "ب") ? deed : nil
        default: return nil
        }
    }

    /// The object of a threat whose content is a deed written after `index`: the actor the deed
    /// names as its target, within two tokens after it, if it fits the threat.
    func threatObject(_ frame: LexiconFiles.Frame, after index: Int, _ work: SentenceWork, fits: (Actor) -> Bool) -> Actor? {
        guard frame.threatened_deeds == true, let deed = threatenedDeed(after: index, work),
              let target = work.firstActor(in: deed.range.upperBound..<(deed.range.upperBound + 2)), fits(target) else { return nil }
        return target
    }

    /// Whether a deed word is the content of a threat before it: a trigger of a frame with
    /// `threatened_deeds`, then at most its subject and "to", right before the deed word.
    func isThreatened(_ deed: Span, _ work: SentenceWork) -> Bool {
        var end = deed.range.lowerBound
        if work.token(end - 1, is: lexicon.keywords.toEnglish) { end -= 1 }
        if let subject = work.actor(endingBefore: end, gap: 0) { end = subject.range.lowerBound }
        guard let threat = work.span(endingAt: end), threat.range.upperBound <= deed.range.lowerBound else { return false }
        switch threat.value {
        case .trigger(let frame), .nominalTrigger(let frame):
            return lexicon.frames[frame].threatened_deeds == true && threatenedDeed(after: deed.range.lowerBound - (work.token(deed.range.lowerBound - 1, is: lexicon.keywords.toEnglish) ? 1 : 0), work) != nil
        default: return false
        }
    }
}
