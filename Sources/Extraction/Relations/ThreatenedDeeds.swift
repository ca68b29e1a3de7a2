import EntityGraph

/// Deeds threatened rather than done (frames with `threatened_deeds`): "هددت روسيا بضرب
/// أوكرانيا", "Trump has threatened to strike Iran" threaten Ukraine and Iran; the strike is no
/// attack.
extension FramePatterns {
    /// The deed word written right after `index` (the end of a threat's trigger or subject) as
    /// the threat's content: with the proclitic ب in Arabic, after "to" in English.
    func threatenedDeed(after index: Int, _ work: SentenceWork) -> Span? {
        let to = work.token(index, is: lexicon.keywords.toEnglish)
        // After "to", an undoing verb and a word may come first ("threatened to cut diesel supplies to Ukraine").
        let starts = to ? Array((index + 1)...(index + 3)) : [index]
        for start in starts {
            guard let position = work.spanIndex(startingAt: start) else { continue }
            let deed = work.spans[position]
            switch deed.value {
            case .trigger(let frame), .nominalTrigger(let frame):
                guard hasRequiredWords(frame, after: deed.range.upperBound, work) else { continue } // "cut" without "ties"
                let undone = start > index + 1 && undoing(deed, frame, work) == .done
                let type = undone ? lexicon.frames[frame].undone_type.map { RelationType($0) } : RelationType(lexicon.frames[frame].type)
                guard let type, DocumentContext.deeds.contains(type), start == starts[0] || undone else { return nil }
                return to || ArabicClitics.endsWithPreposition(deed.clitic, "ب") ? deed : nil
            default: return nil
            }
        }
        return nil
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
        let to = ((max(0, deed.range.lowerBound - 3))..<deed.range.lowerBound).last { work.token($0, is: lexicon.keywords.toEnglish) }
        var end = to ?? deed.range.lowerBound
        if let subject = work.actor(endingBefore: end, gap: 0) { end = subject.range.lowerBound }
        guard let threat = work.span(endingAt: end) else { return false }
        switch threat.value {
        case .trigger(let frame), .nominalTrigger(let frame):
            return lexicon.frames[frame].threatened_deeds == true && threatenedDeed(after: to ?? deed.range.lowerBound, work)?.range == deed.range
        default: return false
        }
    }
}
