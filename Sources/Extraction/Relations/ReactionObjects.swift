import EntityGraph

/// The objects of reactions to deeds: the event word a reaction verb takes ("condemned the
/// strikes") and whose deed it was, named after it or read in the sentences before.
extension FramePatterns {
    /// The word of a deed (an attack, sanctions, a threat, a deployment) that is the object of a
    /// reaction verb, after "the", a count or at most two Arabic adverbs ("أدانت بولندا بشدة
    /// الهجوم على كييف", "condemned the strikes", "صدت 14 هجوما روسيا") or English adjectives
    /// ("condemned recent attacks"), or of a joint deed whose holders an English participle names
    /// ("joint drills held by Japan and the Philippines"): its span index. The actors after it are
    /// the deed's, not the reaction's (those after a meeting or agreement are its parties, and the
    /// reaction's).
    func eventObject(at index: Int, _ work: SentenceWork) -> Int? {
        var cursor = work.token(index, is: lexicon.keywords.the) || (index < work.tokens.count && work.tokens[index].number >= 0) ? index + 1 : index
        while cursor < min(index + 2, work.tokens.count), lexicon.isFunctionWord(work.tokens[cursor].word, list: .stopwords),
              work.spanIndex(startingAt: cursor).map({ !work.spans[$0].isEventWord }) ?? true {
            cursor += 1
        }
        // English adjectives before the deed: "condemned recent attacks on Chinese nationals".
        while cursor < min(index + 3, work.tokens.count), work.tokens[cursor].isWord, work.spanIndex(startingAt: cursor) == nil,
              let first = work.sentence.text(of: cursor).unicodeScalars.first, first.isLatinLetter, first.properties.isLowercase {
            cursor += 1
        }
        guard let position = work.spanIndex(startingAt: cursor) else { return nil }
        switch work.spans[position].value {
        case .trigger(let frame), .nominalTrigger(let frame):
            let type = RelationType(lexicon.frames[frame].type)
            // "protested against joint drills held by Japan and the Philippines": a joint deed its holders are named for.
            let heldBy = type == .cooperatesWith && participleAgentMarker(after: work.spans[position].range.upperBound, work) != nil
            return DocumentContext.deeds.contains(type) || heldBy ? position : nil
        default: return nil
        }
    }

    /// The object of a reaction to the event word at span `position` ("أدانت بولندا هجوم روسيا على
    /// كييف", "استنكرت الحكومة السورية الغارات", "Moscow condemned the sanctions"): the event's doer
    /// named right after it (by name or nisba), in a relative clause after it ("الهجمات التي
    /// تشنها روسيا", "the strikes that Israel carried out"), as the agent of a participle
    /// ("the sanctions imposed by the EU") or by the nisba of what is deployed ("نشر الأسلحة النووية الروسية"); or, when
    /// the event word is definite (the article, "the", a possessive ending, a name in construct)
    /// and names no doer, the doer of the last asserted deed of its kind in this sentence or the
    /// three before, if the target the word names is that deed's; a reaction made "also" aims at
    /// the deed the last reaction was aimed at, if one lies within six sentences.
    func reactionObject(toEventAt position: Int, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        let noun = work.spans[position]
        let start = noun.range.lowerBound, end = noun.range.upperBound
        let frameIndex: Int
        switch noun.value {
        case .trigger(let index), .nominalTrigger(let index): frameIndex = index
        default: return nil
        }
        let english = isEnglish(noun, work)
        let definiteEnglish = english && (max(0, start - 3)..<start).contains { work.token($0, is: lexicon.keywords.the) }
        let frame = lexicon.frames[frameIndex]
        var construct = false
        if !english, let agent = agent(after: end, work, context: context) {
            guard isPatientGenitive(agent, after: end, of: frame, work, context: context) else {
                return Actor(ids: [agent.id], range: end..<agent.end, clitic: "", source: .name)
            }
            construct = true
        }
        if work.token(end, isIn: .relativePronouns, lexicon: lexicon), // "الهجمات التي تشنها \"قوات الدعم السريع\""
           let doer = work.actors.first(where: { $0.range.lowerBound == end + 2 || work.isQuotationMark(end + 2) && $0.range.lowerBound == end + 3 }) {
            return doer
        }
        if let doer = (english ? englishDeedDoer(after: end, work) : nil) ?? relativeClauseSubject(after: end, work) { return doer }
        if frame.nisba_agent == true, let owner = nisbaOfWhat(after: end, work) {
            return Actor(ids: [owner.state], range: end..<owner.end, clitic: "", source: .name)
        }
        guard definiteEnglish || construct || noun.clitic.hasSuffix("ال") || work.sentence.document.startsWithArticle(work.tokens[start])
                || PossessiveForms.hasSuffix(work.sentence.text(of: start), among: lexicon.pronounSuffixes),
              let deed = (isRepeatedReaction(before: start, work) ? context.reactedDeed(RelationType(frame.type)) : nil)
                ?? context.recentDeed(RelationType(frame.type)) else { return nil }
        switch namedTarget(after: end, frameIndex, work) {
        case .none: break
        case .actor(let actor):
            let id = context.actingEntity(actor.ids[0])
            guard id == deed.target || context.state(of: id) == deed.target || context.state(of: deed.target) == id else { return nil }
        case .placeAnaphor:
            guard context.kind(deed.target) == .place else { return nil }
        case .unknown:
            return nil
        }
        context.renewDeed(RelationType(frame.type))
        context.reactedDeeds[RelationType(frame.type)] = Deed(agents: deed.agents, target: deed.target, sentence: context.sentenceNumber)
        return Actor(ids: deed.agents, range: noun.range, clitic: "", source: .anaphora)
    }

    /// Whether "also" / أيضا / كما stands among the four tokens before a deed's word, in its
    /// clause: the reaction repeats an earlier one, and aims at the deed that one was aimed at.
    private func isRepeatedReaction(before start: Int, _ work: SentenceWork) -> Bool {
        guard let also = (max(0, start - 4)..<start).last(where: { work.token($0, isOneOf: lexicon.keywords.also) }) else { return false }
        return !work.hasClauseBreak(also..<start)
    }

    /// What an event word names as its target with one of its frame's prepositions, its own last
    /// word ("attack on") or one of the next three tokens, else the place after "في" / "in"
    /// right after it.
    enum NamedTarget {
        /// No target: "الغارات", "the strikes".
        case none
        /// An actor: "الهجوم على كييف", "the attack on Kyiv".
        case actor(Actor)
        /// A place named again by its kind with the article: "الهجوم على المدينة".
        case placeAnaphor
        /// Something that names no one: "الهجوم على السفينة".
        case unknown
    }

    /// The target an event word names after `end`, as `NamedTarget` says.
    func namedTarget(after end: Int, _ frameIndex: Int, _ work: SentenceWork) -> NamedTarget {
        let letters = lexicon.frame(frameIndex).preps.filter { $0.count == 1 }
        if let actor = work.firstActor(in: end..<(end + 2)), letters.contains(where: { ArabicClitics.endsWithPreposition(actor.clitic, $0) }) {
            return .actor(actor)
        }
        guard let preposition = framePreposition(after: end, frameIndex, work), !work.hasClauseBreak(end..<max(end, preposition)) else {
            // "الحرب في غزة", "the war in Gaza": where it is waged tells whose war it is.
            if let place = work.firstActor(in: (end + 1)..<(end + 2)), work.token(end, isOneOf: lexicon.keywords.locative) { return .actor(place) }
            return .none
        }
        if let actor = work.firstActor(in: (preposition + 1)..<(preposition + 3)) { return .actor(actor) }
        let next = preposition + 1
        if next < work.tokens.count, work.token(next, isIn: .placeNouns, lexicon: lexicon),
           work.sentence.document.startsWithArticle(work.tokens[next]) {
            return .placeAnaphor
        }
        return .unknown
    }

    /// The doers of the deed an English object relative clause is about, its event noun right
    /// before "that" / "which" and the subject ("attacks that Russia condemned": Russia condemns
    /// the attackers).
    func relativeDeedObject(of subject: Subject, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        let pronoun = subject.start - 1
        guard pronoun >= 1, work.token(pronoun, isIn: .relativePronouns, lexicon: lexicon),
              let noun = work.spans.last(where: { $0.range.upperBound == pronoun }) else { return nil }
        switch noun.value {
        case .trigger(let frame), .nominalTrigger(let frame):
            guard let deed = context.recentDeed(RelationType(lexicon.frames[frame].type)) else { return nil }
            return Actor(ids: deed.agents, range: noun.range, clitic: "", source: .anaphora)
        default:
            return nil
        }
    }

    /// The doer a relative clause names after the noun a reaction is aimed at ("تعارض السياسات
    /// الأحادية التي تنتهجها واشنطن", "انتقد القرار الذي اتخذته الحكومة"): whose deed is judged;
    /// not one who suffered it ("الهجوم الذي تعرضت له أوكرانيا").
    func doerOfDeedNoun(at index: Int, _ work: SentenceWork) -> Actor? {
        guard let doer = relativeClauseSubject(after: index, work),
              !work.token(doer.range.lowerBound - 1, isIn: .subjectedMarkers, lexicon: lexicon) else { return nil }
        return doer
    }
}
