import EntityGraph

/// Partners introduced by "مع" / "with": whose partner they are, the event's or another's.
extension FramePatterns {
    /// Whether an actor after "مع" / "with" is the partner of another event word standing between
    /// the trigger and it ("تدعم تعزيز التعاون مع مينسك" supports the cooperation, not Minsk),
    /// not inside an aside closed before it ("بحث، خلال زيارة إلى مينسك، مع لوكاشينكو"), and not
    /// a word the frame requires ("تخوض روسيا حربا مع أوكرانيا": the war is the waging's own); after
    /// a noun of list `accord_nouns`, a meeting's object that is no person is the accord's partner.
    func isPartnerOfAnotherEvent(_ actor: Actor, triggerEnd: Int, frame frameIndex: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        let with = actor.range.lowerBound - 1
        guard with > triggerEnd, work.token(with, isOneOf: lexicon.keywords.withWords) else { return false }
        // "discussed the AUKUS pact with Britain": a meeting's partner is not the accord's (a person is: "the deal with Starmer").
        if with - 1 > triggerEnd, work.token(with - 1, isInWordList: "accord_nouns", lexicon: lexicon), actor.ids.count == 1,
           context.kind(actor.ids[0]) != .person, RelationType(lexicon.frames[frameIndex].type) == .metWith { return true }
        return work.spans.contains { span in
            span.isEventWord && span.range.lowerBound >= triggerEnd && span.range.upperBound <= with
                && !work.token(span.range.lowerBound, isOneOf: lexicon.frameRequiredWords[frameIndex])
                && !(span.range.upperBound..<with).contains(where: work.isAsideComma)
        }
    }

    /// The partner that two or more subjects of a joint event share, introduced by "مع" / "with"
    /// within three words of the trigger, none of them a phrase of the lexicon ("Poland and
    /// Latvia would coordinate their response with Vilnius"; not "drills near the border with
    /// Poland").
    func partnerWith(after index: Int, _ work: SentenceWork) -> Actor? {
        guard let with = withWord(from: index, before: index + 3, work) else { return nil }
        return work.actors.first { $0.range.lowerBound == with + 1 }
    }

    /// The first "مع" / "with" from token `start` and before token `end`, in the clause of
    /// `start`, with no span starting before it.
    func withWord(from start: Int, before end: Int, _ work: SentenceWork) -> Int? {
        guard let with = (start..<min(end, work.tokens.count)).first(where: { work.token($0, isOneOf: lexicon.keywords.withWords) }),
              !work.hasClauseBreak(start..<with), (start..<with).allSatisfy({ work.spanIndex(startingAt: $0) == nil }) else { return nil }
        return with
    }
}
