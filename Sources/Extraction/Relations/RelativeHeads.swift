import EntityGraph

/// A person who heads an office, said in a relative clause after the name ("ديميترييف، الذي
/// يرأس أيضاً صندوق الاستثمار المباشر الروسي،", "Dmitriev, who also heads the Russian Direct
/// Investment Fund,"): a verb of list `heading_verbs` after a relative pronoun, a comma and the
/// person, or after the noun of an English apposition that describes the person ("Geerlings-Simons,
/// a 72-year-old physician who leads the National Democratic Party"), one word of list
/// `list_connectors` ("also", "أيضاً") allowed on either side of the verb, or an English adverb in
/// "-ly" before it ("who currently chairs").
/// The office may also come first, the person after the pronoun ("the Sovereignty Council, which
/// Burhan chairs").
/// The person holds the role the lexicon gives them in the office on the article date, else
/// `RoleRecognizer.genericRole`; a state is an office only when the lexicon gives them a role
/// in it ("Putin, who leads Russia"), as "who heads the country" names no state.
extension StructuralPatterns {
    /// Emits holds_role for every such clause.
    func relativeHeads(_ work: SentenceWork, context: DocumentContext) {
        let heading = lexicon.wordLists.bit("heading_verbs") // looked up once: the sentence's every token is tested
        for verb in work.tokens.indices where work.tokens[verb].wordLists & heading != 0 {
            if headedInObjectClause(verb, work, context: context) { continue }
            var pronoun = verb - 1
            if work.token(pronoun, isIn: .listConnectors, lexicon: lexicon) || work.isEnglishAdverb(pronoun, lexicon: lexicon) { pronoun -= 1 }
            guard work.token(pronoun, isIn: .relativePronouns, lexicon: lexicon),
                  let holder = work.isComma(pronoun - 1) ? work.actors.last(where: { $0.range.upperBound == pronoun - 1 }) : describedPerson(before: pronoun, work),
                  holder.ids.count == 1, context.kind(holder.ids[0]) == .person else { continue }
            var start = verb + 1
            if work.token(start, isIn: .listConnectors, lexicon: lexicon) { start += 1 }
            if work.token(start, is: lexicon.keywords.the) { start += 1 }
            guard let office = work.actors.first(where: { $0.range.lowerBound == start || $0.range.lowerBound == verb + 1 && $0.range.upperBound > start }),
                  office.ids.count == 1 else { continue }
            let known = lexicon.entities[holder.ids[0]]?.role(on: context.date, in: office.ids[0])?.role
            switch context.kind(office.ids[0]) {
            case .organization, .alliance: break
            case .state where known != nil: break
            default: continue
            }
            if context.affiliation[holder.ids[0]] == nil { context.affiliation[holder.ids[0]] = office.ids[0] }
            context.emit(holder.ids[0], .holdsRole, office.ids[0], attributes: ["role": known ?? RoleRecognizer.genericRole],
                         sentence: work.sentence, tokens: holder.range.lowerBound...(office.range.upperBound - 1),
                         rule: "relative_head", confidence: 0.8)
        }
    }

    /// Reads the office before a comma, a relative pronoun and the person who heads it, when the
    /// heading verb follows the person ("the Sovereignty Council, which Burhan chairs"): the person
    /// holds the role the lexicon gives them there, else `RoleRecognizer.genericRole`.
    private func headedInObjectClause(_ verb: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard let holder = work.actor(endingBefore: verb, gap: 0), holder.ids.count == 1, context.kind(holder.ids[0]) == .person,
              case let pronoun = holder.range.lowerBound - 1, pronoun >= 2, work.token(pronoun, isIn: .relativePronouns, lexicon: lexicon),
              work.isComma(pronoun - 1), let office = work.actor(endingBefore: pronoun - 1, gap: 0), office.ids.count == 1,
              [.organization, .alliance].contains(context.kind(office.ids[0])) else { return false }
        let known = lexicon.entities[holder.ids[0]]?.role(on: context.date, in: office.ids[0])?.role
        context.emit(holder.ids[0], .holdsRole, office.ids[0], attributes: ["role": known ?? RoleRecognizer.genericRole],
                     sentence: work.sentence, tokens: office.range.lowerBound...verb, rule: "relative_head", confidence: 0.75)
        return true
    }

    /// The actor an English apposition opened by a comma and an article right after it describes,
    /// when the apposition's noun ends right before the relative pronoun at `pronoun`, ten tokens
    /// at most after the comma.
    private func describedPerson(before pronoun: Int, _ work: SentenceWork) -> Actor? {
        var cursor = pronoun - 1
        while cursor > 1, pronoun - cursor <= 10 {
            if let mark = work.tokens[cursor].mark, mark != "-" {
                guard work.isComma(cursor), work.token(cursor + 1, isOneOf: lexicon.keywords.articles) else { return nil }
                return work.actors.last { $0.range.upperBound == cursor }
            }
            cursor -= 1
        }
        return nil
    }
}
