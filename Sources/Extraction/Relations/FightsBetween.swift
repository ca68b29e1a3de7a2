import EntityGraph

/// A fight named by its noun and the two sides after بين / "between" ("last month's fighting
/// between India and Pakistan", "the conflict between Israel and Iran", "الاشتباكات بين الهند
/// وباكستان"): each side attacks the other. The noun is an event noun of an attack frame or a
/// phrase of list `fight_nouns`.
extension StructuralPatterns {
    /// Emits attacks both ways between the two sides of each such fight.
    func fightsBetween(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.namesFight(in: lexicon) {
            let between = span.range.upperBound
            guard work.token(between, isOneOf: lexicon.keywords.between), let sides = work.listAfter(between + 1) else { continue }
            let ids = sides.ids.map(context.actingEntity)
            guard ids.count == 2, ids[0] != ids[1], ids.allSatisfy({ [.state, .organization, .alliance].contains(context.kind($0)) }) else { continue }
            for (attacker, attacked) in [(ids[0], ids[1]), (ids[1], ids[0])] {
                context.emit(attacker, .attacks, attacked, sentence: work.sentence, tokens: span.range.lowerBound...(sides.end - 1),
                             rule: "fight_between", confidence: 0.7)
            }
        }
    }
}

extension Span {
    /// Whether the phrase names a fight: an event noun of an attack frame of `lexicon` or a phrase
    /// of list `fight_nouns`.
    func namesFight(in lexicon: Lexicon) -> Bool {
        switch value {
        case .nominalTrigger(let frame): return RelationType(lexicon.frames[frame].type) == .attacks
        case .function("fight_nouns"): return true
        default: return false
        }
    }
}
