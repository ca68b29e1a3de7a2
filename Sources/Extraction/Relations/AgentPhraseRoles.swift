import EntityGraph

/// A holder named after an office as the agent of its making or leading, by a title's
/// `agent_phrases`: "the ruling Georgian Dream party, founded by billionaire Bidzina
/// Ivanishvili" → Ivanishvili holds_role Georgian Dream {role: founder}; "مجموعة فاغنر التي
/// يتزعمها يفغيني بريغوجين" → Prigozhin leads Wagner; a state leading a bloc is its member; the
/// leader of a state's body (not its armed forces) whom the lexicon knows in an office of that
/// state holds that office, and leads the body.
extension StructuralPatterns {
    /// Emits holds_role for every agent phrase right after an office (or after it and a comma, a
    /// closing bracket or quotation mark, an Arabic adjective and a comma: 'حزب "الحلم الجورجي"
    /// الحاكم، الذي أسسه', or after an organisation and a passive auxiliary:
    /// "Georgian Dream was founded by"; not "the Russian delegation was led by"; or after a comma, a
    /// relative pronoun and an auxiliary: "the council, which is headed by") and before a person named
    /// within two words ("founded by billionaire X"), nouns describing a person and nisbas aside
    /// ("الذي يتزعمه رجل الأعمال الروسي الأرميني X"); or, for a verb of leading, right before the
    /// office and the person after it ("ويقود قوات الدعم السريع محمد حمدان دقلو"), or before the
    /// person and the office right after them ("ويتزعم الحلو الحركة الشعبية لتحرير السودان - شمال").
    func rolesNamedByAgent(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function(Lexicon.agentPhraseList) {
            let phrase = String(NameFolding.fold(work.text(span.range)).dropFirst(span.clitic.count))
            guard let role = lexicon.roleOfAgentPhrase[phrase] else { continue }
            let kinds = (lexicon.titleOfficeKinds[role] ?? [.state, .organization, .alliance]).subtracting([.place]) // a place holds no office
            // A verb before the office it names a holder of: "ويقود قوات الدعم السريع محمد حمدان دقلو".
            let officeAfter = work.actors.first { $0.range.lowerBound == span.range.upperBound && context.kind($0.ids[0]) != .person }
            let holderAfterOffice = officeAfter.flatMap { office in
                work.actors.first { $0.range.lowerBound == describing(from: office.range.upperBound, work) }
            }
            // An Arabic verb's subject between it and the office: "ويتزعم الحلو الحركة الشعبية"; not a noun's ("بقيادة").
            let verb = span.range.count == 1 && work.sentence.document.isArabic(work.tokens[span.range.lowerBound]) && !phrase.hasPrefix("ب")
            let subjectFirst = officeAfter == nil && verb
                ? work.actors.first { $0.range.lowerBound == span.range.upperBound && context.kind($0.ids[0]) == .person } : nil
            let officeAfterSubject = subjectFirst.flatMap { person in
                work.actors.first { $0.range.lowerBound == person.range.upperBound && $0.clitic.isEmpty && context.kind($0.ids[0]) != .person }
            }
            let clause = relativeClauseStart(before: span.range.lowerBound, work) // "the council, which is headed by"
            guard let office = work.actor(endingBefore: clause, gap: 1).flatMap({ office in
                      office.range.upperBound == clause || [",", "،", "\"", "»", "”", ")"].contains(work.tokens[office.range.upperBound].mark)
                        || (context.kind(office.ids[0]) == .organization && work.token(office.range.upperBound, isIn: .passiveAuxiliaries, lexicon: lexicon))
                        ? office : nil
                  }) ?? adjectiveBefore(span, work).flatMap({ work.actor(endingBefore: $0, gap: 1) })
                    ?? (holderAfterOffice != nil ? officeAfter : nil) ?? officeAfterSubject,
                  kinds.contains(context.kind(office.ids[0])),
                  let holder = office.range.lowerBound > span.range.lowerBound ? holderAfterOffice ?? subjectFirst
                    : work.actors.first(where: { $0.range.lowerBound >= span.range.upperBound }),
                  holder.range.lowerBound - describing(from: span.range.upperBound, work) <= 2 || holder.range.lowerBound == describing(from: office.range.upperBound, work),
                  [.person, .state].contains(context.kind(holder.ids[0])),
                  !work.hasClauseBreak(span.range.upperBound..<holder.range.lowerBound) else { continue }
            if context.kind(holder.ids[0]) == .state {
                // "منظمة معاهدة الأمن الجماعي التي تقودها موسكو": a state that leads a bloc is its member.
                guard context.kind(office.ids[0]) == .alliance, lexicon.leaderRoles.contains(role) else { continue }
                context.emit(holder.ids[0], .memberOf, office.ids[0], sentence: work.sentence,
                             tokens: office.range.lowerBound...(holder.range.upperBound - 1), rule: "agent_phrase", confidence: 0.75)
                continue
            }
            let evidence = min(office.range.lowerBound, holder.range.lowerBound)...(max(office.range.upperBound, holder.range.upperBound) - 1)
            // "بين الوفدين الأميركي والأوكراني برئاسة روبيو ويرماك": as many offices listed as holders, in order.
            let offices = office.range.upperBound <= span.range.lowerBound
                ? work.coordinatedBefore(office, keywords: lexicon.keywords, kind: context.kind).ids : office.ids
            let holders = work.coordinated(from: holder, keywords: lexicon.keywords).ids
            let pairs = offices.count > 1 && holders.count == offices.count ? Array(zip(holders, offices)) : [(holder.ids[0], office.ids[0])]
            for (person, body) in pairs where context.kind(person) == .person {
                emitRole(of: person, leading: body, role: role, work, evidence: evidence, context: context)
            }
        }
    }

    /// Emits that `holder` holds `role` in `office`, or, when the office is a state's body
    /// (not its armed forces) and the lexicon knows him in an office of that state, that office
    /// ("Mali's military government, led by General Assimi Goita") and the body he leads ("the
    /// Presidential Leadership Council, which is headed by Rashad al-Alimi").
    private func emitRole(of holder: String, leading office: String, role: String, _ work: SentenceWork, evidence: ClosedRange<Int>,
                          context: DocumentContext) {
        let state = context.kind(office) == .organization && !context.armedForces.contains(office) ? context.state(of: office) : nil
        let ofState = state.flatMap { state in lexicon.entities[holder]?.role(on: context.date, in: state).map { (state, $0.role) } }
        let known = ofState?.1 ?? lexicon.entities[holder]?.role(on: context.date, in: office)?.role
        let held = ofState?.0 ?? office
        if context.affiliation[holder] == nil { context.affiliation[holder] = held }
        context.emit(holder, .holdsRole, held, attributes: ["role": known ?? role], sentence: work.sentence,
                     tokens: evidence, rule: "agent_phrase", confidence: 0.8)
        if held != office {
            context.emit(holder, .holdsRole, office, attributes: ["role": role], sentence: work.sentence,
                         tokens: evidence, rule: "agent_phrase", confidence: 0.75)
        }
    }
}

extension StructuralPatterns {
    /// The token of an English relative pronoun and passive auxiliary after a comma and right
    /// before token `phrase` ("the council, which is headed by"), or of the article of an
    /// indefinite noun in apposition there ("Viv Ansanm, a coalition led by"), else `phrase` itself.
    private func relativeClauseStart(before phrase: Int, _ work: SentenceWork) -> Int {
        // "Viv Ansanm, a coalition led by": an indefinite noun in apposition before the phrase.
        var noun = phrase - 1
        while noun > phrase - 3, work.isPlainLowercaseWord(noun) { noun -= 1 }
        if noun < phrase - 1, noun >= 1, work.isEnglishArticle(noun, definite: false), work.tokens[noun - 1].mark == "," { return noun }
        guard phrase >= 3, work.tokens[phrase - 3].mark == ",", work.token(phrase - 2, isIn: .relativePronouns, lexicon: lexicon),
              work.token(phrase - 1, isIn: .passiveAuxiliaries, lexicon: lexicon) else { return phrase }
        return phrase - 2
    }

    /// The token of an Arabic adjective (a word with the article that starts no span) and a
    /// comma right before an agent phrase ('حزب "الحلم الجورجي" الحاكم، الذي أسسه'), if they stand there.
    private func adjectiveBefore(_ phrase: Span, _ work: SentenceWork) -> Int? {
        let adjective = phrase.range.lowerBound - 2
        guard adjective >= 0, work.tokens[adjective + 1].mark == "،", work.tokens[adjective].isWord,
              work.sentence.document.isArabic(work.tokens[adjective]), work.sentence.document.startsWithArticle(work.tokens[adjective]),
              work.spanIndex(startingAt: adjective) == nil else { return nil }
        return adjective
    }

    /// The token after the nouns describing a person and the nisbas that start at `index` ("رجل
    /// الأعمال الروسي الأرميني"), a former marker and one word before such a noun allowed ("former
    /// police officer"), or `index` itself when none does.
    private func describing(from index: Int, _ work: SentenceWork) -> Int {
        var cursor = index
        if work.token(cursor, isIn: .formerMarkers, lexicon: lexicon) { cursor += 1 }
        let isPersonNoun = { (at: Int) in work.spanIndex(startingAt: at).map { work.spans[$0].value == .function("person_name_nouns") } == true }
        if !isPersonNoun(cursor), isPersonNoun(cursor + 1), work.tokens.indices.contains(cursor), work.tokens[cursor].isWord { cursor += 1 }
        guard cursor == index || isPersonNoun(cursor) else { return index }
        while let next = work.spanIndex(startingAt: cursor), work.spans[next].value == .function("person_name_nouns") || work.spans[next].value.isNisba {
            cursor = work.spans[next].range.upperBound
        }
        return cursor
    }

    /// The head of a state body named with no state right before an agent phrase of leading, a
    /// title qualifier or a comma allowed between ("الحكومة الجديدة برئاسة ألكسندرو مونتيانو", "the
    /// new government led by Ilie Bolojan"): holds the body's `head_role` in the
    /// story's home state, else the state of the office it named last, else its first state.
    func headsOfUnnamedBodies(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function(Lexicon.agentPhraseList) {
            guard let agentRole = work.roleOfAgentPhrase(span, lexicon: lexicon), lexicon.leaderRoles.contains(agentRole),
                  let body = work.spans.last(where: { $0.range.upperBound <= span.range.lowerBound }),
                  case .institution(let kind) = body.value, let role = lexicon.institutions[kind]?.head_role,
                  !work.actors.contains(where: { $0.range.overlaps(body.range) }),
                  span.range.lowerBound == body.range.upperBound || span.range.lowerBound == body.range.upperBound + 1
                    && (work.token(body.range.upperBound, isIn: .titleQualifiers, lexicon: lexicon) || work.tokens[body.range.upperBound].mark == ","),
                  let holder = work.actors.first(where: { $0.range.lowerBound == span.range.upperBound }),
                  context.kind(holder.ids[0]) == .person,
                  let state = context.homeState ?? context.lastOfficeState ?? context.firstStateNamed else { continue }
            context.emit(holder.ids[0], .holdsRole, state, attributes: ["role": role], sentence: work.sentence,
                         tokens: body.range.lowerBound...(holder.range.upperBound - 1), rule: "agent_phrase", confidence: 0.75)
        }
    }
}
