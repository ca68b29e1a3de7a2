import EntityGraph

/// What cuts a subject candidate off from a trigger: a clause opener, "where", or an event word
/// between them (another verb's subject is not this one's: "Moscow and asked European allies").
extension FramePatterns {
    /// Whether an English subject candidate is cut off from the trigger by a clause opener
    /// ("... hours after Russian drones struck"), "where" ("Lithuania, where they were greeted
    /// by": a place, not the subject) or, with `byEvents`, by another event word
    /// ("Moscow and asked European allies"; the main subject of "X accused ... and asked" is not).
    func separated(_ actor: Actor, from trigger: Span, _ work: SentenceWork, byEvents: Bool) -> Bool {
        let between = actor.range.upperBound..<trigger.range.lowerBound
        let continuer = trigger.range.lowerBound - 1 // "praised the reforms but urged": the verb goes on with the subject
        return between.contains { index in
            (work.token(index, isIn: .clauseOpeners, lexicon: lexicon) && !(index == continuer && work.token(index, isIn: .continuers, lexicon: lexicon)))
                || work.token(index, isIn: .whereWords, lexicon: lexicon)
        }
            || (byEvents && hasEventWord(in: between, work))
    }

    /// Whether an event word (a trigger with the words its frame requires after it, or a phrase
    /// of `fight_nouns`) starts among the tokens of `range`; a trigger before its complement "to"
    /// governs the event after it ("wants to apply"), a membership noun with no bloc after it, up
    /// to the end of `range`, is a title ("التقى عضو المكتب السياسي ووزير الخارجية وانغ يي"), and
    /// an English participle after an article an adjective ("ran a coordinated campaign").
    func hasEventWord(in range: Range<Int>, _ work: SentenceWork) -> Bool {
        work.spans.contains { span in
            guard range.contains(span.range.lowerBound) else { return false }
            switch span.value {
            case .trigger(let frame), .nominalTrigger(let frame):
                if span.range.count == 1, work.token(span.range.lowerBound - 1, isOneOf: lexicon.keywords.articles),
                   work.sentence.text(of: span.range.lowerBound).hasSuffix("ed") { return false }
                if RelationType(lexicon.frames[frame].type) == .memberOf, !work.actors.contains(where: { actor in
                    actor.range.lowerBound >= span.range.upperBound && actor.range.lowerBound <= range.upperBound
                        && lexicon.entities[actor.ids[0]]?.kind == .alliance }) { return false }
                if work.token(span.range.upperBound, is: lexicon.keywords.toEnglish), lexicon.frameComplementWords[frame].contains(lexicon.keywords.toEnglish) { return false }
                return hasRequiredWords(frame, after: span.range.upperBound, work)
            case .function("fight_nouns"): return true
            default: return false
            }
        }
    }
}
