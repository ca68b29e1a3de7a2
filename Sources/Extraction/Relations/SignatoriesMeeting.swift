import EntityGraph

/// People who sign an agreement together ("وقع الرئيسان ... اتفاقية", "Zelenskiy and Dan signed
/// an agreement", "signed a deal with his Azerbaijani counterpart") met to sign it: besides the
/// cooperation of their states, the people meet, and they meet whoever hosts the signing; when
/// states sign, the leaders of theirs present at it meet.
extension FramePatterns {
    /// Emits met_with between the two people of each pair of an agreement (`type`
    /// cooperates_with) signed now, whose trigger is a signing verb (list `signing_verbs`): not
    /// passive ("has to be signed") unless its agents follow "by", planned, denied nor dated
    /// ("signed in June 2024", "signed last year" are history; a marker of another clause before
    /// the trigger dates nothing), with the place named after the trigger; nothing for pairs with
    /// a state or a body in them.
    func signatoriesMeeting(_ pairs: [(String, String)], of type: RelationType, trigger: Span, passive: Bool, attributes: [String: String],
                            _ work: SentenceWork, context: DocumentContext, tokens: ClosedRange<Int>, confidence: Double) {
        // "a deal signed by A and his counterpart B", "was signed in Baghdad by A and B"
        let byAgents = work.token(trigger.range.upperBound, is: lexicon.keywords.by) || delayedPassiveBy(of: trigger, work) != nil
        guard type == .cooperatesWith, !passive || byAgents, attributes["date"] == nil, [nil, "reported"].contains(attributes["modality"]),
              work.token(trigger.range.lowerBound, isIn: .signingVerbs, lexicon: lexicon),
              byAgents || !work.token(trigger.range.lowerBound - 1, isIn: .passiveAuxiliaries, lexicon: lexicon),
              !(max(tokens.lowerBound, trigger.range.lowerBound - 3)...(tokens.upperBound + 3)).contains(where: { work.token($0, isIn: .pastMarkers, lexicon: lexicon) })
        else { return } // not "وقع كيم وبوتين العام الماضي معاهدة"; "met Witkoff last week, and signed" is now
        let place = Self.meetingPlace(after: trigger.range.upperBound, in: work, context: context, lexicon: lexicon)
        var signatories: [String] = []
        for (first, second) in pairs where context.kind(first) == .person && context.kind(second) == .person {
            context.emit(first, .metWith, second, attributes: place.map { ["place": $0] } ?? [:], sentence: work.sentence, tokens: tokens,
                         rule: "signatories", confidence: confidence)
            signatories += [first, second].filter { !signatories.contains($0) }
        }
        guard let host = signingHost(after: trigger.range.upperBound, work, context: context) else { return }
        if signatories.isEmpty { // states signed: the leaders of theirs present met ("وقعت الصين وتنزانيا وزامبيا ... بحضور لي تشيانغ والرئيس الزامبي ...")
            let sides = Set(pairs.flatMap { [$0.0, $0.1] }.compactMap(context.state(of:)))
            let present = work.coordinated(from: host, keywords: lexicon.keywords).ids
                .filter { context.kind($0) == .person && context.state(of: $0).map(sides.contains) == true }
            for (index, first) in present.enumerated() {
                for second in present[(index + 1)...] where context.state(of: first) != context.state(of: second) {
                    context.emit(first, .metWith, second, attributes: place.map { ["place": $0] } ?? [:], sentence: work.sentence,
                                 tokens: tokens.lowerBound...max(tokens.upperBound, host.range.upperBound - 1), rule: "signing_presence", confidence: confidence * 0.9)
                }
            }
            return
        }
        for signatory in signatories where signatory != host.ids[0] && !context.areOneSide(signatory, host.ids[0]) {
            context.emit(host.ids[0], .metWith, signatory, attributes: place.map { ["place": $0] } ?? [:], sentence: work.sentence,
                         tokens: tokens.lowerBound...max(tokens.upperBound, host.range.upperBound - 1), rule: "signing_host", confidence: confidence * 0.9)
        }
    }

    /// The person a signing took place before, named after the trigger in its sentence: after a
    /// phrase of list `presence_phrases` ("بحضور الرئيس", "in the presence of"), a hosting or
    /// witnessing verb and "by" ("in a ceremony hosted by U.S. President Donald Trump"), or an
    /// Arabic hosting verb with an object pronoun ("في حفل استضافه الرئيس").
    private func signingHost(after end: Int, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        var index = end
        while index < work.tokens.count, !work.isFullStop(index) {
            var start: Int?
            if let phrase = work.spanIndex(startingAt: index), work.spans[phrase].value == .function("presence_phrases") {
                start = work.spans[phrase].range.upperBound
            } else if work.token(index, isIn: .hostingVerbs, lexicon: lexicon) || work.token(index, isIn: .witnessVerbs, lexicon: lexicon) {
                let written = NameFolding.fold(work.sentence.text(of: index))
                if work.token(index + 1, is: lexicon.keywords.by) { start = index + 2 } else if written.hasSuffix("ه") || written.hasSuffix("ها") { start = index + 1 }
            }
            if let start {
                return work.firstActor(in: start..<(start + 2)).flatMap { context.kind($0.ids[0]) == .person ? $0 : nil }
            }
            index += 1
        }
        return nil
    }
}
