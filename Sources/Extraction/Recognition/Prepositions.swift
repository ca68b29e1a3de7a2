import EntityGraph

/// Actors introduced by a preposition.
extension SentenceWork {
    /// Whether an actor is the object of a preposition (a separate word, also before a place noun:
    /// "في مدينة تيانجين"; or a proclitic ب/ل/ك), and so cannot be the subject of the next verb
    /// ("بحث مع أردوغان نشر ..."); a partitive after a list opener is none ("أدانت كل من السعودية
    /// وقطر"), nor is one after an English verb's own preposition ("called on Russia"). A compass
    /// phrase that opens with a preposition is one ("in eastern Congo").
    func isPrepositional(_ actor: Actor) -> Bool {
        if ["ب", "ل", "ك"].contains(where: { ArabicClitics.endsWithPreposition(actor.clitic, $0) }) { return true }
        if let compass = spans.first(where: { $0.range.upperBound == actor.range.lowerBound && $0.value == .function("compass_locations") }),
           token(compass.range.lowerBound, isOneOf: lexicon.keywords.prepositions) {
            return true
        }
        var previous = actor.range.lowerBound - 1
        // "in the Federated States of Micronesia"; not "called on the European Union", a verb's own word.
        if token(previous, isOneOf: lexicon.keywords.articles), !spans.contains(where: { $0.range.count > 1 && $0.range.contains(previous - 1) }) { previous -= 1 }
        guard previous >= 0 else { return false }
        // "في مدينة تيانجين": a place noun between the preposition and the name.
        if token(previous, isIn: .placeNouns, lexicon: lexicon), token(previous - 1, isOneOf: lexicon.keywords.prepositions) { return true }
        return token(previous, isOneOf: lexicon.keywords.prepositions) && !token(previous - 1, isIn: .listOpeners, lexicon: lexicon)
            && !isOwnPrepositionOfVerb(previous)
    }

    /// Whether token `index` ends an English trigger of several words as a word of the verb, not
    /// one of the prepositions its frame's object follows nor a locative ("called on Russia"; not
    /// "an agreement with Iraq", "arrived in Cairo").
    private func isOwnPrepositionOfVerb(_ index: Int) -> Bool {
        !sentence.document.isArabic(tokens[index]) && spans.contains { span in
            guard span.range.count > 1, span.range.upperBound == index + 1, case .trigger(let frame) = span.value else { return false }
            return !lexicon.framePrepositions[frame].contains(tokens[index].word) && !lexicon.keywords.locative.contains(tokens[index].word)
        }
    }

    /// Whether an actor is introduced by "داخل" / "within" ("تدافع عن مصالحها داخل الاتحاد",
    /// "cooperation within the CSTO": where, not whom).
    func isInside(_ actor: Actor) -> Bool {
        let before = token(actor.range.lowerBound - 1, isOneOf: lexicon.keywords.articles) ? actor.range.lowerBound - 2 : actor.range.lowerBound - 1
        return token(before, isOneOf: lexicon.keywords.within)
    }
}
