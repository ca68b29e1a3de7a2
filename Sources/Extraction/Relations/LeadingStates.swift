import EntityGraph

/// A bloc named with the state that leads it, glued by a hyphen to a participle of list
/// `leading_participles` ("the Russian-led Collective Security Treaty Organization", "the
/// Russia-led CSTO"): the state is a member of the bloc.
extension StructuralPatterns {
    /// Emits member_of for the state or nisba before each such participle and the alliance right
    /// after it.
    func leadingStates(_ work: SentenceWork, context: DocumentContext) {
        for alliance in work.actors where alliance.ids.count == 1 && context.kind(alliance.ids[0]) == .alliance {
            let participle = alliance.range.lowerBound - 1
            guard participle >= 2, work.token(participle, isIn: .leadingParticiples, lexicon: lexicon),
                  PhraseTable<LexiconValue>.isGluedHyphen(work.tokens, participle - 1),
                  let leader = work.span(endingAt: participle - 1) else { continue }
            let state: String
            switch leader.value {
            case .nisba(let id): state = id
            case .entity(let id) where context.kind(id) == .state: state = id
            default: continue
            }
            context.emit(state, .memberOf, alliance.ids[0], sentence: work.sentence, tokens: leader.range.lowerBound...(alliance.range.upperBound - 1),
                         rule: "led_bloc", confidence: 0.75)
        }
    }
}
