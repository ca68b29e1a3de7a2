import EntityGraph

/// Meetings told by a meeting noun and its partner ("held talks with", "أجرى محادثات مع").
extension StructuralPatterns {
    /// "أجرى شويغو محادثات في مينسك مع لوكاشينكو", "Shoigu held talks with Lukashenko", "أجرت ميركل
    /// اتصالا هاتفيا بلوكاشينكو": the sentence's first actor and those joined to it (or the person
    /// after the last "أن" / "that" before the noun, or any actor right after it: "قال أوشاكوف إن بوتين
    /// سيعقد محادثات مع ...", "أعلن ميرزويان أن يريفان تجري محادثات مع أنقرة", or the actor an English
    /// verb of speech after the first actor is followed by: "Peskov said Moscow would continue talks
    /// with", or the head of a relative clause holding the noun: "بارو، الذي أجرى محادثات مع", or the
    /// speaker of a verb of speech before a clause opener: "..., Trump says after talks with", or the
    /// first actor after a clause opener: "..., while Y held a call with", or the one driven to them:
    /// "prompting Estonia to request consultations with") met the actors introduced by مع / with (or,
    /// without them, by the proclitic ب; or by من / from after a verb of receiving: "تلقى اتصالا هاتفيا
    /// من"), an honorific between, after a meeting noun, all of a list ("مع نظيره البيلاروسي فيكتور
    /// خرينين والرئيس ألكسندر لوكاشينكو"); planned when a future marker stands between them ("سيعقد",
    /// "will hold"); none after a refusal or a negation between them ("continues to block ... talks
    /// with Ukraine") or right before a subject after its verb ("ألغى الرئيس البولندي ... لقاء كان
    /// مقررا مع"), nor between a person and the body they serve ("Kallas ... accession talks with the
    /// bloc"). Meetings at a joint appearance are read first (`jointAppearances`).
    func talksWith(_ work: SentenceWork, context: DocumentContext) {
        jointAppearances(work, context: context)
        guard let first = work.actors.first else { return }
        for index in work.tokens.indices where work.token(index, isIn: .meetingNouns, lexicon: lexicon) {
            let opening = index < first.range.upperBound ? mainSubject(afterOpeningClauseOf: index, work) : nil
            guard index >= first.range.upperBound || opening != nil else { continue }
            let afterFirst = first.range.upperBound..<max(index, first.range.upperBound)
            let reported = afterFirst.last { work.token($0, isIn: .complementizers, lexicon: lexicon) }.flatMap { start in
                work.actors.first { $0.range.lowerBound > start }.flatMap { actor in
                    actor.range.upperBound <= index && (context.kind(actor.ids[0]) == .person
                        || actor.range.lowerBound == start + 1 && !work.isPrepositional(actor) && !work.hasClauseBreak(actor.range.upperBound..<index)) ? actor : nil
                }
            }
            // "Peskov said Moscow ... would continue talks with Yerevan": the one spoken of.
            let spokenOf = work.token(first.range.upperBound, isIn: .speechVerbs, lexicon: lexicon) && !work.sentence.document.isArabic(work.tokens[first.range.lowerBound])
                ? work.actors.first { $0.range.lowerBound == first.range.upperBound + 1 && $0.range.upperBound <= index } : nil
            let named = opening ?? relativeClauseHolder(of: index, work) ?? work.drivenActor(before: index) ?? reported ?? spokenOf ?? speakerBefore(openerBetween: afterFirst, work) ?? actorAfterOpener(in: afterFirst, work) ?? first
            // "Trump's envoy Steve Witkoff held talks with": the one named after the possessor's title.
            let subject = titledHolder(afterPossessor: named, work).flatMap { $0.range.upperBound <= index ? $0 : nil } ?? named
            let between = subject.range.upperBound < index ? subject.range.upperBound..<index : index..<index
            // "ألغى الرئيس ... لقاء كان مقررا مع": a refusal right before a subject that follows its verb.
            guard !work.spans.contains(where: { work.isRefusal($0, lexicon: lexicon)
                    && (between.contains($0.range.lowerBound) || $0.range.upperBound == subject.range.lowerBound) }),
                  !between.contains(where: { work.token($0, isIn: .negations, lexicon: lexicon) }) else { continue }
            // "محادثات في العاصمة الآيسلندية ريكيافيك مع": a place phrase after the noun widens the reach.
            let window = (index + 1)..<min(work.tokens.count, index + (work.token(index + 1, isOneOf: lexicon.keywords.locative) ? 8 : 5))
            let with = window.first { work.token($0, isOneOf: lexicon.keywords.withWords) }
                ?? ((0..<index).contains { work.token($0, isIn: .receivingVerbs, lexicon: lexicon) }
                    ? window.first { work.token($0, isOneOf: lexicon.keywords.origin) } : nil)
            let joined: (Actor) -> Bool = { actor in
                with.map { actor.range.lowerBound == $0 + 1 || (actor.range.lowerBound == $0 + 2 && work.honorific(at: $0 + 1) != nil)
                    || (actor.range.lowerBound == $0 + 2 && work.token($0 + 1, isIn: .possessives, lexicon: self.lexicon)) } // "talks with his counterpart"
                    ?? (window.contains(actor.range.lowerBound) && ArabicClitics.endsWithPreposition(actor.clitic, "ب"))
            }
            guard let joinedActor = work.actors.first(where: joined) else { continue }
            let other = titledHolder(afterPossessor: joinedActor, work) ?? joinedActor // "talks with Trump's envoy Steve Witkoff"
            let meets: (String) -> Bool = { [.person, .state, .organization, .alliance].contains(context.kind($0)) }
            let holders = (work.coordinated(from: subject, keywords: lexicon.keywords).ids + (delegationHead(of: subject, work, context: context)?.ids ?? []))
                .map(context.actingEntity).filter(meets)
            let list = work.coordinated(from: other, keywords: lexicon.keywords)
            // No one holds talks with the state they serve ("..., China said").
            let partners = list.ids.map(context.actingEntity).filter { partner in
                meets(partner) && !holders.contains(partner)
                    && !holders.contains { context.state(of: partner) == $0 || context.state(of: $0) == partner }
            }
            guard !holders.isEmpty, !partners.isEmpty else { continue }
            var attributes: [String: String] = [:]
            if let place = FramePatterns.meetingPlace(after: index + 1, in: work, context: context, lexicon: lexicon) {
                attributes["place"] = place
            }
            if let date = work.date(ofEventEndingAt: other.range.upperBound) { attributes["date"] = date }
            if between.contains(where: { work.token($0, isIn: .futureMarkers, lexicon: lexicon) }) {
                attributes["modality"] = "planned"
            }
            for holder in holders {
                for partner in partners where context.affiliation[holder] != partner && context.affiliation[partner] != holder {
                    context.emit(holder, .metWith, partner, attributes: attributes, sentence: work.sentence,
                                 tokens: min(subject.range.lowerBound, index)...max(list.end, subject.range.upperBound) - 1,
                                 rule: "talks_with", confidence: 0.65)
                }
            }
        }
    }

    /// The subject of the main clause when the meeting noun at `index` stands in a clause that
    /// opens the sentence, with a clause opener or an English participle ("After talks with Wang
    /// Yi in Beijing, Wadephul said", "Speaking at a joint news conference with Stubb, Rutte
    /// said"): the first actor after the comma that closes it.
    private func mainSubject(afterOpeningClauseOf index: Int, _ work: SentenceWork) -> Actor? {
        guard work.token(0, isIn: .clauseOpeners, lexicon: lexicon) || opensWithParticiple(work),
              let comma = (index..<work.tokens.count).first(where: { [",", "،"].contains(work.tokens[$0].mark) }) else { return nil }
        return work.actors.first { $0.range.lowerBound > comma }
    }

    /// Whether the sentence opens with an English word in "-ing" that names no one ("Speaking").
    private func opensWithParticiple(_ work: SentenceWork) -> Bool {
        guard let first = work.tokens.first, first.isWord, !work.sentence.document.isArabic(first),
              work.spanIndex(startingAt: 0).map({ !work.spans[$0].value.isName }) ?? true else { return false }
        let word = work.sentence.text(of: 0)
        return word.count >= 6 && word.hasSuffix("ing")
    }

    /// The actor a relative clause holding the meeting noun at `index` describes ("ويرافقه وزير
    /// الخارجية جان نويل بارو، الذي أجرى محادثات منفصلة مع", "Barrot, who held talks with"): the
    /// actor right before the relative pronoun (a comma between), which stands at most three words
    /// before the noun with no clause break between.
    private func relativeClauseHolder(of index: Int, _ work: SentenceWork) -> Actor? {
        guard let pronoun = (max(0, index - 3)..<index).last(where: { work.token($0, isIn: .relativePronouns, lexicon: lexicon) }),
              pronoun >= 1, !work.hasClauseBreak((pronoun + 1)..<index) else { return nil }
        return work.actor(endingBefore: pronoun, gap: 1)
    }

    /// The person heading a delegation that holds the talks, named right after it by an agent
    /// phrase ("وفد أوكراني برئاسة أمين مجلس الأمن القومي رستم أوميروف", "a Ukrainian delegation
    /// led by Rustem Umerov"): a holder too.
    private func delegationHead(of subject: Actor, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        guard subject.range.contains(where: { work.token($0, isInWordList: "delegation_nouns", lexicon: lexicon) }),
              let phrase = work.spans.first(where: { $0.range.lowerBound == subject.range.upperBound && $0.value == .function(Lexicon.agentPhraseList) })
        else { return nil }
        return work.actors.first { $0.range.lowerBound == phrase.range.upperBound && context.kind($0.ids[0]) == .person }
    }

    /// The actor named after `possessor`'s English possessive and at most one word, a title
    /// ("Trump's envoy Steve Witkoff": Witkoff).
    private func titledHolder(afterPossessor possessor: Actor, _ work: SentenceWork) -> Actor? {
        work.possessiveLength(at: possessor.range.upperBound).flatMap { length in
            work.actors.first { (possessor.range.upperBound + length...possessor.range.upperBound + length + 1).contains($0.range.lowerBound) }
        }
    }

    /// The first actor after the last clause opener in `range` ("X met Y, while Qatar's prime
    /// minister held a call with Z": the prime minister held the call).
    private func actorAfterOpener(in range: Range<Int>, _ work: SentenceWork) -> Actor? {
        guard let opener = range.last(where: { work.token($0, isIn: .clauseOpeners, lexicon: lexicon) }) else { return nil }
        return work.actors.first { $0.range.lowerBound > opener && $0.range.upperBound <= range.upperBound }
    }

    /// The speaker of a verb of speech before a clause opener in `range`, right before it or
    /// with at most three words that name no one between ("..., Trump says after talks with
    /// Tokayev", "..., Store said on Thursday after talks with Merz"): who held the talks.
    private func speakerBefore(openerBetween range: Range<Int>, _ work: SentenceWork) -> Actor? {
        guard let opener = range.last(where: { work.opensClause($0) }),
              let verb = (max(range.lowerBound, opener - 4)..<opener).last(where: { work.token($0, isIn: .speechVerbs, lexicon: lexicon) }),
              ((verb + 1)..<opener).allSatisfy({ index in work.tokens[index].isWord && !work.actors.contains { $0.range.contains(index) } })
        else { return nil }
        return work.actor(endingBefore: verb, gap: 0)
    }
}
