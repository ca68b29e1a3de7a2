import EntityGraph

/// The one a judgement closing a content clause judges when the clause opens with a deed named
/// with its doer ("قال إن العملية التي أطلقها الحلف على جناحه الشرقي تمثل «خطوة استفزازية»", "إن
/// العقوبات التي فرضها الاتحاد الأوروبي على إيران غير قانونية", "said the strikes that Israel
/// carried out on Syria violated international law", "said the sanctions imposed by the EU on
/// Iran were illegal"): that doer, not the deed's target named after it. A judgement of what an
/// object pronoun stands for ("واصفا إياه بأنه «خطوة عدائية»") judges no deed of the sentence.
extension FramePatterns {
    /// The doer named with the deed that opens the clause reported before `start` (after the
    /// last complementizer or verb of speech in the twenty tokens before it, or at the sentence's
    /// start: "The sanctions imposed by the EU on Iran were illegal, Lavrov said"): after an Arabic
    /// noun, its quoted name allowed ("عملية «الحارس الشرقي» التي أطلقها الحلف"), the actor
    /// right after the verb of a relative clause; after an English noun of at most three words,
    /// as `englishDeedDoer` reads it. No clause break stands between the doer and `start`, and
    /// any other actor there is introduced by a preposition ("على إيران", "on Syria").
    func doerOfJudgedDeed(before start: Int, _ work: SentenceWork) -> Actor? {
        guard start > 4 else { return nil } // a clause opener, a noun, a doer and a word between at least
        let clauses = reportedClauseStarts(in: max(0, start - 20)..<(start - 3), work)
        guard let doer = clauses.lazy.compactMap({ self.deedDoer(inClauseAt: $0, work) }).first,
              standsAlone(doer, before: start, work) else { return nil }
        return doer
    }

    /// Where the clauses reported in `window` start, the last first: the sentence's start, the
    /// token after a complementizer or after a verb of speech.
    func reportedClauseStarts(in window: Range<Int>, _ work: SentenceWork) -> [Int] {
        let speech = FunctionList.speechVerbs.rawValue
        let afterSpeech = work.spans.lazy.filter { $0.value == .function(speech) && window.contains($0.range.upperBound) }.map(\.range.upperBound)
        return Set(window.filter { $0 == 0 || work.token($0 - 1, isIn: .complementizers, lexicon: lexicon) }).union(afterSpeech).sorted(by: >)
    }

    /// Whether `actor` ends before token `start` with no clause break after it, and every other
    /// actor between is introduced by a preposition ("على إيران", "on Syria").
    func standsAlone(_ actor: Actor, before start: Int, _ work: SentenceWork) -> Bool {
        guard actor.range.upperBound < start, !work.hasClauseBreak(actor.range.upperBound..<start) else { return false }
        let others = work.actors.filter { $0.range.lowerBound >= actor.range.upperBound && $0.range.lowerBound < start }
        return others.allSatisfy { work.token($0.range.lowerBound - 1, isOneOf: lexicon.keywords.prepositions) }
    }

    /// The doer named with the deed noun that opens the clause at `clause`, as
    /// `doerOfJudgedDeed` reads it.
    private func deedDoer(inClauseAt clause: Int, _ work: SentenceWork) -> Actor? {
        guard work.tokens[clause].isWord, !work.actors.contains(where: { $0.range.contains(clause) }) else { return nil }
        if work.sentence.document.isArabic(work.tokens[clause]) {
            let relative = endOfQuotedName(at: clause + 1, work) ?? clause + 1
            guard relative + 2 < work.tokens.count, work.token(relative, isIn: .relativePronouns, lexicon: lexicon),
                  work.endsWithPronoun(relative + 1, among: lexicon.pronounSuffixes) else { return nil } // "الذي اتخذته روسيا", not "الذي وصف كشمير"
            return work.actors.first { $0.range.lowerBound == relative + 2 }
        }
        let head = work.token(clause, is: lexicon.keywords.the) ? clause + 1 : clause
        return (head + 1..<min(head + 4, work.tokens.count)).lazy.prefix { end in
            (head..<end).allSatisfy { index in work.tokens[index].isWord && !work.actors.contains { $0.range.contains(index) } }
        }.compactMap { self.englishDeedDoer(after: $0, work) }.first
    }

    /// The doer named right after an English deed noun ending before `end`: the agent of a
    /// participle with "by" ("the sanctions imposed by the European Union", "strikes carried out
    /// by Israel") or the subject of a relative clause, as `relativeDeedDoer` reads it.
    func englishDeedDoer(after end: Int, _ work: SentenceWork) -> Actor? {
        if let by = participleAgentMarker(after: end, work), let first = work.firstActor(in: (by + 1)..<(by + 3)) {
            let list = work.coordinated(from: first, keywords: lexicon.keywords) // "held by Japan and the Philippines"
            return Actor(ids: list.ids, range: first.range.lowerBound..<list.end, clitic: first.clitic, source: first.source)
        }
        return relativeDeedDoer(after: end, work)
    }

    /// The subject of an English relative clause right after a deed noun ending before `end`,
    /// followed by a verb that holds events, an auxiliary allowed between ("the strikes that
    /// Israel carried out", "the drills which Russia has launched"; not "the sanctions that
    /// Russia faces": one who suffers the deed).
    func relativeDeedDoer(after end: Int, _ work: SentenceWork) -> Actor? {
        guard work.token(end, isIn: .relativePronouns, lexicon: lexicon), let doer = work.firstActor(in: (end + 1)..<(end + 3)) else { return nil }
        let verb = work.token(doer.range.upperBound, isIn: .auxiliaries, lexicon: lexicon) ? doer.range.upperBound + 1 : doer.range.upperBound
        return work.token(verb, isIn: .eventVerbs, lexicon: lexicon) ? doer : nil
    }

    /// Whether the judgement at `trigger` judges what an object pronoun in the four tokens before
    /// it stands for ("انتقد القرار ... واصفا إياه بأنه «خطوة عدائية»"): the thing the verb
    /// before named, not the sentence's last deed (the sanctions that decision brings back).
    func judgesObjectPronoun(_ trigger: Span, _ work: SentenceWork) -> Bool {
        (max(0, trigger.range.lowerBound - 4)..<trigger.range.lowerBound).contains { work.token($0, isIn: .pronounObjects, lexicon: lexicon) }
    }
}
