import EntityGraph

/// Actors that are the objects of an Arabic relative clause: after "الذي" / "التي" and a verb
/// with no pronoun referring back to the head, the head is the verb's subject and the actor its
/// object ("انتقدت القرار الذي وصف كشمير بأنها": Kashmir is described, not criticised); with
/// the pronoun, the actor is the subject ("القرار الذي اتخذته روسيا": Russia took it; "المبادرة
/// التي تقدم بها المغرب": Morocco put it forward).
extension FramePatterns {
    /// Whether `actor`, after the object's place `start`, is the object of a verb opening an
    /// Arabic relative clause between them that does not refer back to the clause's head.
    func isRelativeClauseObject(_ actor: Actor, from start: Int, _ work: SentenceWork) -> Bool {
        guard let pronoun = (start..<actor.range.lowerBound).last(where: { work.token($0, isIn: .relativePronouns, lexicon: lexicon) }),
              pronoun + 1 < actor.range.lowerBound, work.tokens[pronoun + 1].isWord,
              work.sentence.document.isArabic(work.tokens[pronoun + 1]), !work.actors.contains(where: { $0.range.contains(pronoun + 1) }) else { return false }
        return !refersBackToHead(pronoun + 1, work)
    }

    /// Whether the Arabic verb at `verb`, opening a relative clause, refers back to the clause's
    /// head by an object pronoun on it ("اتخذته") or a preposition with a pronoun of list
    /// `pronoun_objects` right after it ("تقدم بها").
    func refersBackToHead(_ verb: Int, _ work: SentenceWork) -> Bool {
        work.endsWithPronoun(verb, among: lexicon.pronounSuffixes) || work.token(verb + 1, isIn: .pronounObjects, lexicon: lexicon)
    }
}
