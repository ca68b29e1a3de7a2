import EntityGraph

/// Membership read from how a member is named: "NATO member Poland", "Romania, a NATO member,",
/// "the Union State of Russia and Belarus", "دول تحالف الساحل، مالي والنيجر وبوركينا فاسو".
extension StructuralPatterns {
    /// An English alliance before a member noun: "NATO member Poland", "EU members Hungary and
    /// Slovakia" (the states after it) and "Romania, a NATO member," (the state the phrase is in
    /// apposition to) are members of that alliance, or of each of those joined before the noun
    /// ("Slovakia and Hungary, both NATO and EU members,"); so are two or more states after an alliance
    /// and "of" / "between", a quotation mark closing its name between ("the Union State of Russia
    /// and Belarus", "دولة الاتحاد بين روسيا وبيلاروسيا", "«دولة الاتحاد» بين البلدين").
    func memberNouns(_ work: SentenceWork, context: DocumentContext) {
        for alliance in work.actors where context.kind(alliance.ids[0]) == .alliance {
            let marker = alliance.range.upperBound + (work.isQuotationMark(alliance.range.upperBound) ? 1 : 0)
            guard work.token(marker, isIn: .unionMembersMarkers, lexicon: lexicon),
                  let first = work.firstActor(in: (marker + 1)..<(marker + 2)) else { continue }
            let list = work.coordinated(from: first, keywords: lexicon.keywords)
            guard list.ids.count >= 2 else { continue }
            for member in list.ids.map(context.actingEntity) where context.kind(member) == .state {
                context.emit(member, .memberOf, alliance.ids[0], sentence: work.sentence, tokens: alliance.range.lowerBound...(list.end - 1),
                             rule: "union_of", confidence: 0.8)
            }
        }
        for span in work.spans where span.value == .function("member_nouns") || isMembershipWord(span) {
            if let spelledOut = membersInApposition(after: span, work, context: context) {
                for member in spelledOut.ids where context.kind(member) == .state {
                    context.emit(member, .memberOf, spelledOut.alliance, sentence: work.sentence,
                                 tokens: span.range.lowerBound...(spelledOut.end - 1), rule: "member_noun", confidence: 0.8)
                }
                continue
            }
            guard span.value == .function("member_nouns") else { continue }
            guard let alliance = work.actor(endingBefore: span.range.lowerBound, gap: 0) ?? possessiveBloc(before: span.range.lowerBound, work)
                    ?? blocOfExampleMembers(at: span, work, context: context),
                  context.kind(alliance.ids[0]) == .alliance else { continue }
            let alliances = work.coordinatedBefore(alliance, keywords: lexicon.keywords, kind: context.kind)
            var members: (ids: [String], start: Int, end: Int)?
            if let after = work.firstActor(in: span.range.upperBound..<(span.range.upperBound + 1)) {
                let list = work.coordinated(from: after, keywords: lexicon.keywords)
                members = (list.ids, alliance.range.lowerBound, list.end)
            } else if let list = work.listOfExamples(after: span.range.upperBound, keywords: lexicon.keywords) {
                members = (list.ids, alliance.range.lowerBound, list.end)
            } else {
                var cursor = alliances.start - 1
                while cursor > 0, ["a", "an", "the", "all", "both", "fellow"].contains(work.sentence.text(of: cursor).lowercased()) { cursor -= 1 }
                cursor = descriptorBefore(and: cursor, work) ?? cursor
                if cursor > 0, work.tokens[cursor].mark == ",", let head = work.actor(endingBefore: cursor, gap: 0) {
                    let list = work.coordinatedBefore(head, keywords: lexicon.keywords, kind: context.kind)
                    members = (list.ids, list.start, span.range.upperBound)
                } else if let verb = work.span(endingAt: cursor + 1), verb.value == .function("becoming_verbs"),
                          let head = work.actor(endingBefore: verb.range.lowerBound, gap: 0) ?? work.possessor(before: verb.range.lowerBound) {
                    // "Finland became NATO's 31st member", "Timor-Leste's admission as the bloc's 11th member".
                    let list = work.coordinatedBefore(head, keywords: lexicon.keywords, kind: context.kind)
                    members = (list.ids, list.start, span.range.upperBound)
                }
            }
            guard let members else { continue }
            for bloc in alliances.ids where context.kind(bloc) == .alliance {
                for member in members.ids.map(context.actingEntity) where context.kind(member) == .state {
                    context.emit(member, .memberOf, bloc, sentence: work.sentence, tokens: members.start...(members.end - 1),
                                 rule: "member_noun", confidence: 0.8)
                }
            }
        }
    }

    /// Where a descriptor of lowercase words ends before "and" at token `and`, in an apposition
    /// that describes a state twice ("Bulgaria, a fellow former communist state and European Union
    /// member"): the index of the word before the descriptor, or nil when no such phrase stands there.
    private func descriptorBefore(and: Int, _ work: SentenceWork) -> Int? {
        guard work.token(and, is: lexicon.keywords.and) else { return nil }
        var cursor = and - 1
        while cursor > and - 7, cursor > 0, work.tokens[cursor].isWord, !work.token(cursor, is: lexicon.keywords.and),
              work.sentence.text(of: cursor).unicodeScalars.first.map({ $0.isLatinLetter && $0.properties.isLowercase }) == true,
              !work.actors.contains(where: { $0.range.contains(cursor) }) { cursor -= 1 }
        return cursor < and - 1 && work.tokens[cursor].mark == "," ? cursor : nil
    }

    /// "The two ASEAN members" (a bloc no `state_pair` phrase names, as "the two NATO members"
    /// does): the two states the story is about are members of the alliance; "its NATO allies" /
    /// "their EU members": so is the state named last before the possessive, in its clause
    /// ("Estonia requested consultations with its NATO allies"), unless the bloc is a region's
    /// group of states ("its Baltic allies"); so is the state whose allies "في" the bloc an Arabic
    /// phrase names (`ownerOfAllies`).
    func pairOfMembers(_ work: SentenceWork, context: DocumentContext) {
        for alliance in work.actors where alliance.ids.count == 1 && context.kind(alliance.ids[0]) == .alliance {
            let start = alliance.range.lowerBound
            if let owner = ownerOfAllies(before: alliance, work, context: context) {
                context.emit(owner.state, .memberOf, alliance.ids[0], sentence: work.sentence, tokens: owner.start...(alliance.range.upperBound - 1),
                             rule: "member_pair", confidence: 0.7)
                continue
            }
            guard start >= 2, let noun = work.spanIndex(startingAt: alliance.range.upperBound) else { continue }
            let isMemberNoun: Bool
            switch work.spans[noun].value {
            case .function("member_nouns"): isMemberNoun = true
            case .trigger(let frame): isMemberNoun = RelationType(lexicon.frames[frame].type) == .alliedWith
            default: isMemberNoun = false
            }
            guard isMemberNoun else { continue }
            let members: [String], first: Int
            if work.sentence.text(of: start - 1).lowercased() == "two", work.token(start - 2, is: lexicon.keywords.the),
               let pair = context.mainPair ?? Optional(context.lastStates(2, also: work.actors.flatMap(\.ids))), pair.count == 2 {
                (members, first) = (pair, start - 2)
            } else if work.token(start - 1, isIn: .possessives, lexicon: lexicon), !lexicon.groupsWithoutAnaphors.contains(alliance.ids[0]),
                      let owner = work.actors.last(where: { $0.range.upperBound < start - 1 && !work.hasClauseBreak($0.range.upperBound..<(start - 1)) }),
                      owner.ids.count == 1, context.kind(owner.ids[0]) == .state {
                (members, first) = (owner.ids, owner.range.lowerBound)
            } else {
                continue
            }
            for member in members {
                context.emit(member, .memberOf, alliance.ids[0], sentence: work.sentence, tokens: first...(work.spans[noun].range.upperBound - 1),
                             rule: "member_pair", confidence: 0.7)
            }
        }
    }

    /// The state whose allies in a bloc an Arabic phrase names ("طلب مشاورات مع حلفائها في
    /// الناتو", list `allies_in_bloc` then "في" before the bloc; not a region's group of states:
    /// "حلفائها في دول البلطيق"): the actor named last before the allies in their clause, as the
    /// state it stands for, and where it starts.
    private func ownerOfAllies(before alliance: Actor, _ work: SentenceWork, context: DocumentContext) -> (state: String, start: Int)? {
        let start = alliance.range.lowerBound
        guard !lexicon.groupsWithoutAnaphors.contains(alliance.ids[0]), work.token(start - 1, is: lexicon.keywords.inside),
              let allies = work.span(endingAt: start - 1), allies.value == .function("allies_in_bloc"),
              let owner = work.actors.last(where: { $0.range.upperBound <= allies.range.lowerBound
                  && !work.hasClauseBreak($0.range.upperBound..<allies.range.lowerBound) }), owner.ids.count == 1 else { return nil }
        let state = context.actingEntity(owner.ids[0])
        return context.kind(state) == .state ? (state, owner.range.lowerBound) : nil
    }

    /// The alliance right after an Arabic member noun and the states listed in apposition after
    /// it ("دول تحالف الساحل، مالي والنيجر وبوركينا فاسو،") or given as examples of them ("بعض
    /// أعضاء الحلف، مثل المجر"), and where the list ends.
    private func membersInApposition(after noun: Span, _ work: SentenceWork,
                                     context: DocumentContext) -> (alliance: String, ids: [String], end: Int)? {
        guard let alliance = work.actors.first(where: { $0.range.lowerBound == noun.range.upperBound }),
              context.kind(alliance.ids[0]) == .alliance else { return nil }
        let apposed = work.listInApposition(after: alliance.range.upperBound, keywords: lexicon.keywords)
        guard let list = apposed.flatMap({ $0.ids.count >= 2 ? $0 : nil }) ?? work.listOfExamples(after: alliance.range.upperBound, keywords: lexicon.keywords)
        else { return nil }
        return (alliance.ids[0], list.ids.map(context.actingEntity), list.end)
    }

    /// The bloc whose possessive stands before a member noun at `index`, one ordinal or adjective
    /// between allowed ("NATO's 31st member", "the EU's newest members").
    private func possessiveBloc(before index: Int, _ work: SentenceWork) -> Actor? {
        work.actors.last { actor in
            guard let length = work.possessiveLength(at: actor.range.upperBound) else { return false }
            let gap = index - (actor.range.upperBound + length)
            return gap == 0 || (gap == 1 && work.tokens[index - 1].isWord && work.spanIndex(startingAt: index - 1) == nil)
        }
    }

    /// The bloc named last before a member noun with no bloc of its own when examples of the
    /// members follow it: "the 27-nation bloc, and several member states, including Germany and
    /// Sweden," (nil without examples or without an earlier bloc in the sentence).
    private func blocOfExampleMembers(at noun: Span, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        guard work.listOfExamples(after: noun.range.upperBound, keywords: lexicon.keywords) != nil else { return nil }
        return work.actors.last { $0.range.upperBound <= noun.range.lowerBound && context.kind($0.ids[0]) == .alliance }
    }

    /// Whether a span is a trigger of a membership frame ("أعضاء", read by the frame when a
    /// preposition names the bloc: "أعضاء في الناتو").
    private func isMembershipWord(_ span: Span) -> Bool {
        guard case .trigger(let frame) = span.value else { return false }
        return RelationType(lexicon.frames[frame].type) == .memberOf
    }
}
