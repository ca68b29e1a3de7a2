import EntityGraph

/// People who sign an agreement together ("وقع الرئيسان ... اتفاقية", "Zelenskiy and Dan signed
/// an agreement", "signed a deal with his Azerbaijani counterpart") met to sign it: besides the
/// cooperation of their states, the people meet.
extension FramePatterns {
    /// Emits met_with between the two people of each pair of an agreement (`type`
    /// cooperates_with) signed now, whose trigger is a signing verb (list `signing_verbs`): not
    /// passive ("has to be signed") unless its agents follow "by", planned, denied nor dated
    /// ("signed in June 2024", "signed last year" are history), with the place named after the
    /// trigger; nothing for pairs with a state or a body in them.
    func signatoriesMeeting(_ pairs: [(String, String)], of type: RelationType, trigger: Span, passive: Bool, attributes: [String: String],
                            _ work: SentenceWork, context: DocumentContext, tokens: ClosedRange<Int>, confidence: Double) {
        let byAgents = work.token(trigger.range.upperBound, is: lexicon.keywords.by) // "a deal signed by A and his counterpart B"
        guard type == .cooperatesWith, !passive || byAgents, attributes["date"] == nil, [nil, "reported"].contains(attributes["modality"]),
              work.token(trigger.range.lowerBound, isIn: .signingVerbs, lexicon: lexicon),
              byAgents || !work.token(trigger.range.lowerBound - 1, isIn: .passiveAuxiliaries, lexicon: lexicon),
              !(tokens.lowerBound...(tokens.upperBound + 3)).contains(where: { work.token($0, isIn: .pastMarkers, lexicon: lexicon) })
        else { return } // not "وقع كيم وبوتين العام الماضي معاهدة"
        let place = Self.meetingPlace(after: trigger.range.upperBound, in: work, context: context, lexicon: lexicon)
        for (first, second) in pairs where context.kind(first) == .person && context.kind(second) == .person {
            context.emit(first, .metWith, second, attributes: place.map { ["place": $0] } ?? [:], sentence: work.sentence, tokens: tokens,
                         rule: "signatories", confidence: confidence)
        }
    }
}
