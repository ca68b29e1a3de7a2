import EntityGraph

/// A person who heads an office, said in a relative clause after the name ("ديميترييف، الذي
/// يرأس أيضاً صندوق الاستثمار المباشر الروسي،", "Dmitriev, who also heads the Russian Direct
/// Investment Fund,"): a verb of list `heading_verbs` after a relative pronoun, a comma and the
/// person, one word of list `list_connectors` ("also", "أيضاً") allowed on either side of the verb.
/// The person holds the role the lexicon gives them in the office on the article date, else
/// `RoleRecognizer.genericRole`; a state is an office only when the lexicon gives them a role
/// in it ("Putin, who leads Russia"), as "who heads the country" names no state.
extension StructuralPatterns {
    /// Emits holds_role for every such clause.
    func relativeHeads(_ work: SentenceWork, context: DocumentContext) {
        let heading = lexicon.wordLists.bit("heading_verbs") // looked up once: the sentence's every token is tested
        for verb in work.tokens.indices where work.tokens[verb].wordLists & heading != 0 {
            var pronoun = verb - 1
            if work.token(pronoun, isIn: .listConnectors, lexicon: lexicon) { pronoun -= 1 }
            guard work.token(pronoun, isIn: .relativePronouns, lexicon: lexicon), work.isComma(pronoun - 1),
                  let holder = work.actors.last(where: { $0.range.upperBound == pronoun - 1 }),
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
}
