import EntityGraph

/// Relative clauses and appositions set off by commas ("Poland and Lithuania, which both border Belarus,
/// have warned ..."): the actors inside one are not the subject of the main verb, and a verb
/// inside one is about the actor the clause describes: as its subject (", which border
/// Belarus"), or as its object when another actor is the subject (", which Russia invaded").
extension SentenceWork {
    /// How far back (in tokens) a relative pronoun is looked for.
    private static let relativeReach = 28
    /// How far back (in tokens) the opening comma of an apposition is looked for.
    private static let appositionReach = 32

    /// The comma-opened relative clause that token `index` stands in (no comma between; quotes,
    /// hyphens, apostrophes and brackets may stand in it: "which shares a 294-kilometre border with",
    /// "which shares a 198-km (123-mile) border with", "after Russia's full-scale invasion of Ukraine") or that
    /// closes before it (one comma, and no actor after it: "X, who lives in exile, urged EU
    /// governments to expand sanctions" — the sanctions are the EU's): the actor before ", which"
    /// / ", who", the pronoun's index and whether the clause is still open at `index`.
    private func relativeClause(around index: Int, lexicon: Lexicon) -> (head: Actor, pronoun: Int, open: Bool)? {
        var closing: Int?
        var cursor = index - 1
        while cursor >= 1, index - cursor <= Self.relativeReach {
            if let mark = tokens[cursor].mark {
                if mark == "," {
                    guard closing == nil else { return nil }
                    closing = cursor
                } else if !["\"", "-", "'", "’", "(", ")"].contains(mark) {
                    return nil
                }
            } else if token(cursor, isIn: .relativePronouns, lexicon: lexicon), tokens[cursor - 1].mark == "," {
                if let closing, actors.contains(where: { $0.range.lowerBound > closing && $0.range.upperBound <= index }) { return nil }
                // "the Collective Security Treaty Organization (CSTO), which": the name in brackets.
                let comma = cursor - 1, bracketed = comma >= 1 && tokens[comma - 1].mark == ")" ? comma - 1 : comma
                return (actor(endingBefore: bracketed, gap: 0).map { linkedHead(of: $0, lexicon: lexicon) } ?? placeBeforeNoun(comma, lexicon: lexicon))
                    .map { ($0, cursor, closing == nil) }
            }
            cursor -= 1
        }
        return nil
    }

    /// The actor a participle of list `linking_participles` ties `actor` to, named right before
    /// it: the noun the clause after them describes ("حركة الشباب المرتبطة بتنظيم القاعدة، التي
    /// شنت هجمات": al-Shabaab's attacks; "a militia linked to Iran, which"), else `actor`.
    func linkedHead(of actor: Actor, lexicon: Lexicon) -> Actor {
        var link = actor.range.lowerBound - 1
        if token(link, is: lexicon.keywords.toEnglish) || token(link, is: lexicon.keywords.withEnglish) { link -= 1 } // "linked to Iran"
        guard token(link, isInWordList: "linking_participles", lexicon: lexicon), let head = self.actor(endingBefore: link, gap: 0) else { return actor }
        return head
    }

    /// A place named right before an English place noun that ends before token `index` ("the
    /// Kaliningrad region", "Russia's Kaliningrad exclave"), the head of a clause after them.
    private func placeBeforeNoun(_ index: Int, lexicon: Lexicon) -> Actor? {
        guard index >= 2, token(index - 1, isIn: .placeNouns, lexicon: lexicon), !sentence.document.isArabic(tokens[index - 1]),
              let place = actor(endingBefore: index - 1, gap: 0), lexicon.entities[place.ids[0]]?.kind == .place else { return nil }
        return place
    }

    /// Whether an actor right after a relative pronoun (after "the" at most) stands before token
    /// `index`: the clause then has a subject of its own and the pronoun is the object ("which
    /// Russia invaded"); one after a verb is that verb's object ("which allowed Moscow to ...").
    /// So does an actor the pronoun opens ("whose country has frozen": the country, not the head).
    private func hasOwnSubject(_ pronoun: Int, before index: Int, lexicon: Lexicon) -> Bool {
        let subjectStart = token(pronoun + 1, is: lexicon.keywords.the) ? pronoun + 2 : pronoun + 1
        return actors.contains { [subjectStart, pronoun].contains($0.range.lowerBound) && $0.range.upperBound <= index }
    }

    /// The subject that token `index` takes from a relative clause: the actor the clause
    /// describes, when `index` stands in it without a subject of its own or right after it.
    func relativeClauseHead(of index: Int, lexicon: Lexicon) -> Actor? {
        guard let clause = relativeClause(around: index, lexicon: lexicon) else { return nil }
        // ", which are controlled by Japan, and urged Xi": "and" goes on with the main clause.
        if !clause.open, token(index - 1, is: lexicon.keywords.and) { return nil }
        return clause.open && hasOwnSubject(clause.pronoun, before: index, lexicon: lexicon) ? nil : clause.head
    }

    /// The object that token `index` takes from an object relative clause it stands in: the
    /// actor the clause describes ("Ukraine, which Russia invaded"); none for a gerund after "of",
    /// which the head does ("the GRU, which he accused of waging a hybrid war against ...").
    func objectRelativeHead(of index: Int, lexicon: Lexicon) -> Actor? {
        guard !(token(index - 1, is: lexicon.keywords.of) && sentence.text(of: index).hasSuffix("ing")),
              let clause = relativeClause(around: index, lexicon: lexicon), clause.open,
              hasOwnSubject(clause.pronoun, before: index, lexicon: lexicon) else { return nil }
        return clause.head
    }

    /// The actor a relative pronoun right before token `index` is about, without a comma
    /// ("Romania, a NATO member that borders Moldova": Romania; "states that border Belarus"
    /// when a state is named right before "that"; "also" or an auxiliary may follow the
    /// pronoun): the actor right before the pronoun, or the actor before the comma that opens the
    /// phrase the pronoun ends ("the CSTO, the Moscow-led bloc that also includes Belarus";
    /// "Moldova, a former Soviet republic of about 2.4 million people that borders Ukraine"), also
    /// when the actor right before the pronoun ends an "of" phrase inside such a phrase ("Latvia,
    /// a member of the European Union and NATO that borders Russia": Latvia), or right before an
    /// Arabic comma right before the pronoun, not after a preposition nor before "والتي", which
    /// may judge the deed before ("الإمارات، التي يتهمها الجيش"; not "الغارات على اليمن، والتي
    /// أدانتها موسكو"); the state leading the noun before it ("a Czech-led initiative that has
    /// supplied Ukraine").
    func restrictiveRelativeHead(of index: Int, lexicon: Lexicon) -> Actor? {
        var pronoun = token(index - 1, isIn: .listConnectors, lexicon: lexicon) ? index - 2 : index - 1
        if token(pronoun, isIn: .auxiliaries, lexicon: lexicon) { pronoun -= 1 } // "that has supplied"
        guard pronoun >= 1, token(pronoun, isIn: .relativePronouns, lexicon: lexicon) else { return nil }
        // "الفصائل المدعومة من إيران التي تهاجم": the clause is about what the participle describes, not its agent.
        let right = actor(endingBefore: pronoun, gap: 0).flatMap { isAgentOfEventWord($0, lexicon: lexicon) ? nil : $0 }
        if let right, !endsOfPhrase(right, lexicon: lexicon) { return right }
        if let leader = leader(ofNounBefore: pronoun, lexicon: lexicon) { return leader }
        var cursor = pronoun - 1
        while cursor >= 1, pronoun - cursor <= 12, tokens[cursor].isWord || tokens[cursor].mark == "-" || isInsideNumber(cursor) { cursor -= 1 }
        if cursor >= 1, tokens[cursor].mark == "،" {
            guard cursor == pronoun - 1, !sentence.text(of: pronoun).hasPrefix("و"), let head = actor(endingBefore: cursor, gap: 0),
                  !isPrepositional(head) else { return right }
            return head
        }
        guard cursor >= 1, tokens[cursor].mark == "," else { return right }
        return actor(endingBefore: cursor, gap: 0) ?? abbreviatedActor(endingBefore: cursor) ?? right
    }

    /// Whether an actor is introduced by "من" or "by" right after an event word, the preposition
    /// inside the event's words or not ("المدعومة من إيران", "backed by Iran"): the agent of a
    /// participle (not the partner of "التعاون مع روسيا").
    func isAgentOfEventWord(_ actor: Actor, lexicon: Lexicon) -> Bool {
        let preposition = actor.range.lowerBound - 1
        guard actor.clitic.isEmpty, token(preposition, is: lexicon.keywords.from) || token(preposition, is: lexicon.keywords.by) else { return false }
        return span(endingAt: actor.range.lowerBound)?.isEventWord == true || span(endingAt: preposition)?.isEventWord == true
    }

    /// The actor a restrictive relative clause is about when a border noun at token `index`
    /// stands in it: right after the pronoun, or after a verb of list `pair_sharing_verbs` and up
    /// to five words that qualify the noun ("Norway, a founding member of NATO that shares a
    /// 198-km (123-mile) border with Russia": Norway).
    func restrictiveRelativeHead(ofBorderNoun index: Int, lexicon: Lexicon) -> Actor? {
        if let head = restrictiveRelativeHead(of: index, lexicon: lexicon) { return head }
        guard index >= 2, let verb = (max(1, index - 14)..<index).last(where: { token($0, isInWordList: "pair_sharing_verbs", lexicon: lexicon) }),
              ((verb + 1)..<index).filter({ tokens[$0].isWord && tokens[$0].number < 0 }).count <= 5,
              !actors.contains(where: { $0.range.lowerBound > verb && $0.range.lowerBound < index }) else { return nil }
        return restrictiveRelativeHead(of: verb, lexicon: lexicon)
    }

    /// The state whose name or nisba leads the noun right before token `index` by a participle of
    /// list `leading_participles` glued with a hyphen ("a Czech-led initiative that": Czechia).
    private func leader(ofNounBefore index: Int, lexicon: Lexicon) -> Actor? {
        let participle = index - 2
        guard participle >= 2, tokens[index - 1].isWord, token(participle, isIn: .leadingParticiples, lexicon: lexicon),
              PhraseTable<LexiconValue>.isGluedHyphen(tokens, participle - 1), let named = span(endingAt: participle - 1) else { return nil }
        switch named.value {
        case .nisba(let state), .entity(let state) where lexicon.entities[state]?.kind == .state:
            return Actor(ids: [state], range: named.range, clitic: "", source: .anaphora)
        default: return nil
        }
    }

    /// Whether `actor`, or a list of actors it ends, follows "of" ("a member of the European
    /// Union and NATO").
    private func endsOfPhrase(_ actor: Actor, lexicon: Lexicon) -> Bool {
        var start = actor.range.lowerBound
        while start >= 1 {
            let before = token(start - 1, is: lexicon.keywords.the) ? start - 2 : start - 1
            if token(before, is: lexicon.keywords.of) { return true }
            guard token(before, is: lexicon.keywords.and) || before >= 0 && tokens[before].mark == ",",
                  let previous = self.actor(endingBefore: before, gap: 0) else { return false }
            start = previous.range.lowerBound
        }
        return false
    }

    /// Whether the mark at token `index` stands inside a number, between two digit tokens ("2.4").
    private func isInsideNumber(_ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index - 1].number >= 0 && tokens[index + 1].number >= 0
    }

    /// The actor written right before an abbreviation in brackets that ends before token `index`
    /// ("the Collective Security Treaty Organization (CSTO),").
    private func abbreviatedActor(endingBefore index: Int) -> Actor? {
        guard index >= 4, tokens[index - 1].mark == ")", tokens[index - 3].mark == "(" else { return nil }
        return actor(endingBefore: index - 3, gap: 0)
    }

    /// The actor an English apposition set off by commas describes, when token `index` follows
    /// the closing comma ("Lukashenko, a close ally of Putin, met": Lukashenko; "Belarus,
    /// Moscow's closest ally, borders"; brackets may stand in it): the actor right before the
    /// opening comma, or the owner of the noun there when an agent phrase of a title opens the
    /// apposition ("Syria's new authorities, led by interim President Ahmed al-Sharaa, have
    /// accused": Syria).
    func appositionHead(before index: Int) -> Actor? {
        guard index >= 2, tokens[index - 1].mark == "," else { return nil }
        var cursor = index - 2
        while cursor >= 1, index - cursor <= Self.appositionReach {
            if let mark = tokens[cursor].mark, !["'", "’", "-", "\"", "(", ")"].contains(mark) {
                guard mark == "," else { return nil }
                guard cursor < index - 2 else { return nil }
                let ledBy = spanIndex(startingAt: cursor + 1).map { spans[$0].value == .function(Lexicon.agentPhraseList) } == true
                let nameEnd = isQuotationMark(cursor - 1) ? cursor - 1 : cursor // 'the "coalition of the willing", led by'
                return actor(endingBefore: nameEnd, gap: 0) ?? (ledBy ? ownerOfNoun(before: cursor) : nil)
            }
            cursor -= 1
        }
        return nil
    }

    /// The actor whose possessive opens the one or two words before token `end` ("Syria's new
    /// authorities"), if any.
    private func ownerOfNoun(before end: Int) -> Actor? {
        actors.last { actor in
            guard let length = possessiveLength(at: actor.range.upperBound) else { return false }
            let words = end - (actor.range.upperBound + length)
            return (1...2).contains(words) && ((actor.range.upperBound + length)..<end).allSatisfy { index in
                tokens[index].isWord && spanIndex(startingAt: index).map({ !spans[$0].value.isName }) ?? true
            }
        }
    }

    /// The actor an English apposition opened by an article describes, when token `index` stands
    /// inside it ("Moldova, a former Soviet republic wedged between Ukraine and Romania": Moldova
    /// for "wedged"): the actor right before a comma up to twelve tokens back, with no other mark
    /// between but those inside a number ("2.4 million").
    func describedByApposition(containing index: Int, articles: Set<Int32>) -> Actor? {
        var cursor = index - 1
        while cursor >= 1, index - cursor <= 12 {
            if let mark = tokens[cursor].mark, !isInsideNumber(cursor) {
                guard mark == ",", token(cursor + 1, isOneOf: articles) else { return nil }
                return actor(endingBefore: cursor, gap: 0)
            }
            cursor -= 1
        }
        return nil
    }

    /// The actors coordinated in a list right after the comma at token `end` ("البلدان، روسيا
    /// وبيلاروسيا،", "the two countries, Armenia and Azerbaijan,"): an apposition naming again
    /// what comes before the comma, and where the list ends.
    func listInApposition(after end: Int, keywords: Keywords) -> (ids: [String], end: Int)? {
        guard end + 1 < tokens.count, tokens[end].mark == "،" || tokens[end].mark == ",",
              let first = actors.first(where: { $0.range.lowerBound == end + 1 }) else { return nil }
        return coordinated(from: first, keywords: keywords)
    }

    /// The actors named after an example marker at token `index` (a phrase of `example_markers` or
    /// `inclusion_markers`, or after a comma a word of `partitive_words`), a comma before it allowed
    /// ("، مثل المجر", "such as Poland and Hungary", "، بينها ألمانيا"), and where they end.
    func listOfExamples(after index: Int, keywords: Keywords) -> (ids: [String], end: Int)? {
        let comma = index < tokens.count && (tokens[index].mark == "،" || tokens[index].mark == ",")
        let cursor = comma ? index + 1 : index
        let markerEnd = spans.first(where: { $0.range.lowerBound == cursor && [.function("example_markers"), .function("inclusion_markers")].contains($0.value) })
            .map(\.range.upperBound) ?? (comma && token(cursor, isInWordList: "partitive_words", lexicon: lexicon) ? cursor + 1 : nil)
        guard let markerEnd, let first = actors.first(where: { $0.range.lowerBound == markerEnd }) else { return nil }
        return coordinated(from: first, keywords: keywords)
    }

    /// Where the object of a verb may start after an Arabic apposition to its subject, set off by
    /// commas and opening with a definite noun or a relative pronoun ("والتقى لوكاشينكو، الحليف
    /// المقرب لبوتين، الرئيس الصيني", "وتضم المنظمة، التي تأسست عام 2001، الصين": the object
    /// follows the second comma, and Putin, inside, is not it); at most ten words ("، الأعضاء في
    /// حلف شمال الأطلسي منذ عام 2004،"), sixteen for a relative clause, quotation marks besides;
    /// nil when no such apposition follows the subject.
    func appositionEnd(after index: Int, lexicon: Lexicon) -> Int? {
        guard index + 2 < tokens.count, tokens[index].mark == "،", tokens[index + 1].isWord,
              sentence.document.isArabic(tokens[index + 1]) else { return nil }
        let relative = lexicon.isFunctionWord(tokens[index + 1].word, list: .relativePronouns)
        guard relative || (!lexicon.isFunctionWord(tokens[index + 1].word, list: .stopwords)
                           && NameFolding.fold(sentence.text(of: index + 1)).hasPrefix("ال")) else { return nil }
        var cursor = index + 2
        while cursor < tokens.count, cursor - index <= (relative ? 16 : 10) {
            if let end = parentheticalEnd(at: cursor) { // "، العضو في حلف شمال الأطلسي (ناتو)،"
                cursor = end
                continue
            }
            if let mark = tokens[cursor].mark, !isQuotationMark(cursor) { // "تحت شعار "الهند خارجا"،"
                return mark == "،" ? cursor + 1 : nil
            }
            cursor += 1
        }
        return nil
    }

    /// Where an apposition ends whose last phrase was recognised only in part: after the comma that
    /// follows at most four more words naming no one from token `index` ("عبد العاطي، وزير
    /// الخارجية والهجرة وشؤون المصريين بالخارج، نظيره": the apposition closes after
    /// "بالخارج،"), or at once when a comma stands at `index`; nil otherwise.
    func closingComma(from index: Int) -> Int? {
        var cursor = index
        while cursor < tokens.count, cursor - index < 4, tokens[cursor].isWord {
            if actors.contains(where: { $0.range.contains(cursor) }) { return nil }
            cursor += 1
        }
        return cursor < tokens.count && tokens[cursor].mark == "،" ? cursor + 1 : nil
    }

    /// Whether a dual or plural relative pronoun (list `plural_relative_pronouns`: "اللذين",
    /// "الذين") follows `head`, after a comma at most: the clause is about the list that ends
    /// with it.
    func hasPluralRelativePronoun(after head: Actor, lexicon: Lexicon) -> Bool {
        let pronoun = head.range.upperBound < tokens.count && tokens[head.range.upperBound].mark != nil ? head.range.upperBound + 1 : head.range.upperBound
        return token(pronoun, isIn: .pluralRelativePronouns, lexicon: lexicon)
    }
}
