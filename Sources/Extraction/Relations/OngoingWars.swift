import EntityGraph

/// The target of a war the lexicon knows (`wars` of `states.json`): a state's invasion, war or
/// strikes named without a target ("since the start of Russia's full-scale invasion", "منذ بدء
/// الغزو الروسي") are against the one it wages on the article date.
extension FramePatterns {
    /// The one state or body `agent` wages a war against on the article date (or, without a
    /// date, a war still under way); nil when it wages none or several.
    func warTarget(of agent: String, context: DocumentContext) -> String? {
        let date = context.date
        let wars = (lexicon.entities[agent]?.wars ?? []).filter { war in
            guard let date else { return war.to == nil }
            return war.from <= date && (war.to.map { date <= $0 } ?? true)
        }
        return wars.count == 1 ? wars[0].against : nil
    }

    /// A war or an invasion named with its target right after "in" / في or one of the frame's
    /// prepositions and no agent or object read ("sanctions against Moscow over the war in
    /// Ukraine", "المفاوضات الرامية إلى إنهاء الحرب في أوكرانيا"): waged by the one state the
    /// lexicon has at war with that state on the article date (or, without a date, still at war
    /// with it), if the story has named it.
    func warOnNamedTarget(_ trigger: Span, frame frameIndex: Int, nominal: Bool, _ work: SentenceWork, context: DocumentContext) {
        let end = trigger.range.upperBound
        guard nominal, RelationType(lexicon.frames[frameIndex].type) == .attacks, end + 1 < work.tokens.count,
              work.token(end, isOneOf: lexicon.keywords.locative) || work.token(end, isOneOf: lexicon.framePrepositions[frameIndex]),
              let target = work.actors.first(where: { $0.range.lowerBound == end + 1 }), target.ids.count == 1,
              context.kind(target.ids[0]) == .state else { return }
        let agents = (lexicon.warAgents[target.ids[0]] ?? []).filter { warTarget(of: $0, context: context) == target.ids[0] && context.hasNamed(state: $0) }
        guard agents.count == 1 else { return }
        var attributes: [String: String] = [:]
        if let date = work.date(ofEventEndingAt: target.range.upperBound) { attributes["date"] = date }
        context.emit(agents[0], .attacks, target.ids[0], attributes: attributes, sentence: work.sentence,
                     tokens: trigger.range.lowerBound...(target.range.upperBound - 1), rule: "war_of_target", confidence: 0.6)
    }

    /// Whether an event noun names its agent inside its own phrase: a nisba or name right after
    /// it in Arabic ("الغزو الروسي"), a possessive or adjective at most six tokens before it in
    /// English ("Russia's full-scale invasion", "Russian strikes"; "Russia launched its invasion":
    /// the agent's pronoun after at most two words), and it modifies no noun after
    /// it ("Russia's war machine"); not "X carried out the attack", which tells of a known deed.
    func namesItsAgent(_ trigger: Span, _ work: SentenceWork) -> Bool {
        let start = trigger.range.lowerBound, next = trigger.range.upperBound
        guard isEnglish(trigger, work) else {
            return work.actors.contains { $0.range.lowerBound == next } || work.spanIndex(startingAt: next).map { work.spans[$0].value.isNisba } == true
        }
        if work.isPlainLowercaseWord(next) { return false }
        guard let agent = work.actors.last(where: { $0.range.upperBound <= start && start - $0.range.upperBound <= 6 }) else { return false }
        let isModifier = { (index: Int) in
            work.tokens[index].mark == "-" || work.tokens[index].mark == "'" || work.tokens[index].mark == "’"
                || (work.tokens[index].isWord && !work.token(index, is: self.lexicon.keywords.the) && work.spanIndex(startingAt: index) == nil)
        }
        // "Russia launched its full-scale invasion": the agent's own pronoun after up to two verb words.
        if let pronoun = (agent.range.upperBound..<start).first(where: { work.token($0, isIn: .possessives, lexicon: lexicon) }),
           pronoun - agent.range.upperBound <= 2, (agent.range.upperBound..<pronoun).allSatisfy({ work.tokens[$0].isWord }) {
            return ((pronoun + 1)..<start).allSatisfy(isModifier)
        }
        return (agent.range.upperBound..<start).allSatisfy(isModifier)
    }
}

extension FramePatterns {
    /// A war or an invasion named with no agent and no target a few plain words (or hyphenated
    /// ones: "full-scale") after a word of
    /// list `since_words` ("منذ بداية الغزو عام 2022", "since the start of the invasion"): the one
    /// war the lexicon knows between two states the story has named, under way on the article date,
    /// is meant; not a war a relative clause goes on to describe.
    func warOfTheStory(_ trigger: Span, frame frameIndex: Int, nominal: Bool, _ work: SentenceWork, context: DocumentContext) {
        let start = trigger.range.lowerBound
        guard nominal, RelationType(lexicon.frames[frameIndex].type) == .attacks,
              let since = (max(0, start - 8)..<start).last(where: { work.token($0, isInWordList: "since_words", lexicon: lexicon) }),
              ((since + 1)..<start).allSatisfy({ (work.tokens[$0].isWord || PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, $0))
                  && work.spanIndex(startingAt: $0) == nil }), // "since the start of the full-scale invasion"
              !work.actors.contains(where: { $0.range.lowerBound == trigger.range.upperBound }),
              !work.token(trigger.range.upperBound, isIn: .relativePronouns, lexicon: lexicon), // "منذ الحرب التي اندلعت مطلع التسعينيات"
              work.spanIndex(startingAt: trigger.range.upperBound).map({ work.spans[$0].value.isNisba }) != true else { return }
        let wars = lexicon.warAgents.filter { context.hasNamed(state: $0.key) }.flatMap { target, agents in
            agents.filter { context.hasNamed(state: $0) && warTarget(of: $0, context: context) == target }.map { ($0, target) }
        }
        guard wars.count == 1 else { return }
        context.emit(wars[0].0, .attacks, wars[0].1, sentence: work.sentence, tokens: since...(trigger.range.upperBound - 1),
                     rule: "war_of_story", confidence: 0.5)
    }
}
