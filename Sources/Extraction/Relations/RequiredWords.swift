import EntityGraph

/// The words a frame requires after its trigger (`requires_after`): "gives Jordan about $1.45
/// billion in aid", "called the strike state terrorism".
extension FramePatterns {
    /// Whether the words a frame requires after its trigger (`requires_after`) stand within ten
    /// words of `end` (numbers and marks not counted: "gives Jordan about $1.45 billion in aid");
    /// true for frames that require none.
    func hasRequiredWords(_ frameIndex: Int, after end: Int, _ work: SentenceWork) -> Bool {
        lexicon.frameRequiredWords[frameIndex].isEmpty || requiredWord(frameIndex, after: end, work) != nil
    }

    /// The first of the words the frame requires after its trigger within ten words of `end`,
    /// before any verb of speech (numbers, marks, English articles, possessives and honorifics
    /// not counted, a name or a titled name of several words counted as one: 'صنفت عصابتي "لوس
    /// تشونيروس" و"لوس لوبوس" منظمتين إرهابيتين', "added Petro, his wife Veronica Alcocer and
    /// Interior Minister Armando Benedetti to its sanctions list").
    func requiredWord(_ frameIndex: Int, after end: Int, _ work: SentenceWork) -> Int? {
        let required = lexicon.frameRequiredWords[frameIndex]
        guard !required.isEmpty else { return nil }
        var index = end, words = 0
        while index < work.tokens.count, words < 10 {
            if work.token(index, isOneOf: required) { return index }
            let span = work.spanIndex(startingAt: index).map { work.spans[$0] }
            if let span, span.value == .function(FunctionList.speechVerbs.rawValue) { return nil } // "thanked Guatemala for being a partner and said Washington would help"
            if let span, span.value == .function("honorifics") { // "حضرة صاحب السمو"
                index = span.range.upperBound
                continue
            }
            if work.tokens[index].isWord && work.tokens[index].number < 0 && !work.token(index, isIn: .possessives, lexicon: lexicon)
                && !work.token(index, isOneOf: lexicon.keywords.articles) { words += 1 }
            if let actor = work.actors.first(where: { $0.range.lowerBound == index && $0.range.count > 1 }) {
                let rest = (index + 1)..<actor.range.upperBound
                if let inside = rest.first(where: { work.token($0, isOneOf: required) }) { return inside }
                index = rest.upperBound
            } else if let span, case .entity = span.value {
                let rest = (index + 1)..<span.range.upperBound
                if let inside = rest.first(where: { work.token($0, isOneOf: required) }) { return inside }
                index = rest.upperBound
            } else {
                index += 1
            }
        }
        return nil
    }

    /// Whether an event word is one the trigger just before it requires, at most three tokens
    /// after it, with a name in construct right after it ("تعول على دعم روسيا"): part of that
    /// event, whose frame has read the name, not one of its own (Belarus does not support Russia
    /// there); an indefinite accusative noun takes no genitive, and what follows it tells its own
    /// agent ("صدت 14 هجوما روسيا في محور بوكروفسك": a Russian attack).
    func isRequiredWord(_ span: Span, of previous: (frame: Int, end: Int), _ work: SentenceWork) -> Bool {
        let required = lexicon.frameRequiredWords[previous.frame]
        guard !required.isEmpty, span.range.lowerBound >= previous.end, span.range.lowerBound - previous.end <= 3,
              work.token(span.range.lowerBound, isOneOf: required), !NameFolding.fold(work.text(span.range)).hasSuffix("ا"),
              let next = work.spanIndex(startingAt: span.range.upperBound) else { return false }
        if case .entity = work.spans[next].value { return true }
        return false
    }
}
