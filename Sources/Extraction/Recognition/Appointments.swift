import EntityGraph

/// People made holders of an office, or removed from one, by a verb of list `office_verbs`
/// (appointing, naming, electing, dismissing, becoming), or by an English verb of list
/// `accepting_verbs` before "as" and the title ("approved X as prime minister"): "عيّنت الرئيسة
/// مايا ساندو ألكسندرو مونتيانو رئيساً للحكومة" (the title in the accusative,
/// `Lexicon.roleOfAccusativeTitle`), "Sandu appointed Alexandru Munteanu as prime minister":
/// the appointee (or the one dismissed) holds the title's role in the state of whoever
/// appointed them, named before the verb or, in Arabic, right after it, or in the state whose
/// possessive comes before an English title ("elects Gombojav Zandanshatar as the country's new
/// prime minister"); names the lexicon lacks become people. An Arabic title right after the
/// verb is its subject's ("عراقجي الذي بات وزيراً للخارجية"), in the state the subject serves.
extension RoleRecognizer {
    /// Emits holds_role for the appointee of every verb of appointing whose title follows the name.
    func appointments(_ work: SentenceWork, context: DocumentContext) {
        var previous: (role: String, office: String)?
        defer { if let previous { appointeesToTheSamePost(previous, work, context: context) } }
        for verb in work.spans where verb.value == .function("office_verbs") || verb.value == .function("accepting_verbs") {
            let isArabic = work.sentence.document.isArabic(work.tokens[verb.range.lowerBound])
            var titleOwner: String?
            guard let (role, nameEnd) = isArabic ? accusativeTitle(after: verb.range.upperBound, work)
                    : englishTitle(after: verb.range.upperBound, work, context: context, owner: &titleOwner),
                  verb.value == .function("office_verbs") || !isArabic && isAs(at: nameEnd, work) else { continue } // "approved X as prime minister"
            // "عباس عراقجي الذي بات وزيراً للخارجية", "عُيّن وزيراً": the title right after the verb is its subject's.
            let ownTitle = isArabic && nameEnd == verb.range.upperBound
            guard let (person, name) = ownTitle ? subject(before: verb, work, context: context)
                    : (isArabic ? nil : appointee(describedBefore: nameEnd, after: verb, work, context: context))
                    ?? appointee(endingAt: nameEnd, from: verb.range.upperBound, work, context: context),
                  isArabic || isDescribedAppointee(name, after: verb.range.upperBound, work)
            else { continue }
            let named = work.actors.map { ($0.ids[0], $0.range) } + work.entityNames
            let appointer = ownTitle ? nil
                : named.filter { $0.1.upperBound <= verb.range.lowerBound && !work.hasClauseBreak($0.1.upperBound..<verb.range.lowerBound) }
                    .max { $0.1.upperBound < $1.1.upperBound }
                ?? (isArabic ? named.filter { $0.1.lowerBound >= verb.range.upperBound && $0.1.upperBound <= name.lowerBound }
                    .min { $0.1.lowerBound < $1.1.lowerBound } : nil)
            let office = titleOwner ?? appointer.flatMap { context.state(of: $0.0) } ?? (ownTitle ? context.state(of: person) : nil)
                ?? (lexicon.nationalRoles.contains(role) ? context.homeState ?? context.firstStateNamed : nil)
            guard let office, office != person else { continue }
            if !work.actors.contains(where: { $0.range.overlaps(name) }), work.spanIndex(startingAt: name.lowerBound) == nil {
                work.add(Actor(ids: [person], range: name, clitic: work.clitic(startingAt: name.lowerBound), source: .name))
            }
            if context.affiliation[person] == nil { context.affiliation[person] = office }
            if context.roles[person] == nil { context.roles[person] = role }
            context.emit(person, .holdsRole, office, attributes: ["role": role], sentence: work.sentence,
                         tokens: min(name.lowerBound, verb.range.lowerBound)...(max(nameEnd, verb.range.upperBound) - 1), rule: "appointment", confidence: 0.8)
            previous = (role, office)
        }
    }

    /// Emits holds_role for the person a verb of list `office_verbs` puts in the post its sentence
    /// named before (list `same_post`: "dismissed X as commander-in-chief and appointed Colonel
    /// General Oleksandr Syrskyi, the head of the Ground Forces, to the post"): the person right
    /// after the verb, ranks allowed between.
    private func appointeesToTheSamePost(_ post: (role: String, office: String), _ work: SentenceWork, context: DocumentContext) {
        for marker in work.spans where marker.value == .function("same_post") {
            guard let verb = work.spans.last(where: { $0.value == .function("office_verbs") && $0.range.upperBound <= marker.range.lowerBound }),
                  marker.range.lowerBound - verb.range.upperBound <= 14 else { continue }
            var start = verb.range.upperBound
            while work.token(start, isIn: .titleQualifiers, lexicon: lexicon) { start += 1 }
            let person = work.actors.first { $0.range.lowerBound == start }.map { ($0.ids[0], $0.range) }
                ?? work.entityNames.first { $0.range.lowerBound == start }
            guard let (id, name) = person, context.kind(id) == .person, name.upperBound <= marker.range.lowerBound else { continue }
            context.emit(id, .holdsRole, post.office, attributes: ["role": post.role], sentence: work.sentence,
                         tokens: verb.range.lowerBound...(marker.range.upperBound - 1), rule: "appointment", confidence: 0.75)
        }
    }

    /// The role of the first Arabic title in the accusative within twelve tokens after `start`
    /// and outside the actors named there ("عيّنت رئيسة مولدوفا" is the appointer's title) but a
    /// bare title read as its office ("اليمين الدستورية رئيسة لسورينام"), and where it starts; a
    /// title of one word only when no genitive with لـ completes it ("قائداً للجيش" is no
    /// commander of a state), unless it takes a portfolio ("وزيراً للطاقة") or the genitive is
    /// the appointer's own country ("سفيرا للمملكة لدى").
    func accusativeTitle(after start: Int, _ work: SentenceWork) -> (String, Int)? {
        let end = min(work.tokens.count, start + 12)
        for index in start..<end where work.tokens[index].isWord && !work.actors.contains(where: { $0.range.contains(index) && !isBareOffice($0) }) {
            for length in stride(from: min(4, end - index), through: 1, by: -1) {
                let form = (index..<(index + length)).map { NameFolding.fold(work.sentence.text(of: $0)) }.joined(separator: " ")
                guard let role = lexicon.roleOfAccusativeTitle[form] else { continue }
                let next = index + length < work.tokens.count ? NameFolding.fold(work.sentence.text(of: index + length)) : ""
                // "سفيرا للمملكة لدى": the appointer's own country is no other office.
                let ownCountry = work.token(index + length, isIn: .stateNouns, lexicon: lexicon)
                    || work.spanIndex(startingAt: index + length).map { work.spans[$0].value == .function("country_anaphora") } ?? false
                if length == 1, next.hasPrefix("لل"), !ownCountry, !lexicon.portfolioRoles.contains(role) { return nil }
                return (role, index)
            }
        }
        return nil
    }

    /// The role of an English title after a name that follows `start` ("appointed Alexandru
    /// Munteanu as prime minister", "named Ilie Bolojan the new prime minister", "appointed his
    /// deputy, Adylbek Kasymaliev, as acting head of the government", "appointed Christopher Cooter
    /// as its envoy to India"), and where the name ends: the first title within ten tokens, or
    /// within twenty past a comma, that no description of the appointee holds ("Gombojav
    /// Zandanshatar, the former chairman of ..., as prime minister"); a state's possessive read
    /// with the title as one title of the state ("as Mongolia's new prime minister") sets `owner`,
    /// the state whose post it is; "the country's" is passed over, and so is the "to" of a title
    /// read as a verb ("appointed Simon Karam to head Lebanon's delegation").
    private func englishTitle(after start: Int, _ work: SentenceWork, context: DocumentContext, owner: inout String?) -> (String, Int)? {
        for index in (start + 1)..<max(start + 1, min(work.tokens.count, start + 20)) {
            guard case .title(let role) = work.spanIndex(startingAt: index).map({ work.spans[$0].value }) else { continue }
            // "Gombojav Zandanshatar, the former chairman of ...,": a title the appointee's description holds is not the post.
            if work.actors.contains(where: { $0.range.contains(index) && $0.range.lowerBound == start && context.kind($0.ids[0]) == .person }) { continue }
            if index >= start + 10 && !work.tokens[start..<index].contains(where: { $0.mark == "," }) { return nil }
            var nameEnd = index
            // "as Mongolia's new prime minister", read as one title of the state: the post is that state's.
            if let titled = work.actors.first(where: { $0.range.contains(index) && $0.range.lowerBound > start + 1 && $0.range.lowerBound < index }),
               context.kind(titled.ids[0]) == .state {
                (owner, nameEnd) = (titled.ids[0], titled.range.lowerBound)
            }
            while nameEnd > start + 1 {
                if ["as", "to", "the", "its", "his", "her", "their", "new", "acting", "interim"].contains(work.sentence.text(of: nameEnd - 1).lowercased()) {
                    nameEnd -= 1
                } else if let length = work.possessiveLength(before: nameEnd), let country = work.span(endingAt: nameEnd - length),
                          country.value == .function("country_anaphora"), country.range.lowerBound > start + 1 {
                    nameEnd = country.range.lowerBound // "as the country's new prime minister", the country read later
                } else {
                    break
                }
            }
            if nameEnd > start + 1, work.tokens[nameEnd - 1].mark == "," { nameEnd -= 1 }
            return (role, nameEnd)
        }
        return nil
    }

    /// Whether "as" stands at token `index`, or right after the comma there: a verb of accepting
    /// ("approved Gombojav Zandanshatar as prime minister") appoints only to a post after "as".
    private func isAs(at index: Int, _ work: SentenceWork) -> Bool {
        let at = index < work.tokens.count && work.tokens[index].mark == "," ? index + 1 : index
        return at < work.tokens.count && work.sentence.text(of: at).lowercased() == "as"
    }

    /// The person named right after an English verb of appointing when a description of at most
    /// twelve tokens set off by commas stands between the name and the title ("elects Gombojav
    /// Zandanshatar, the former chairman of the State Great Khural, as ..."), the comma at `end`.
    private func appointee(describedBefore end: Int, after verb: Span, _ work: SentenceWork, context: DocumentContext) -> (String, Range<Int>)? {
        guard end < work.tokens.count, work.tokens[end].mark == ",",
              let person = work.actors.first(where: { $0.range.lowerBound == verb.range.upperBound && $0.source == .name }),
              context.kind(person.ids[0]) == .person, person.range.upperBound < end, end - person.range.upperBound <= 12,
              !work.hasClauseBreak(person.range.upperBound..<end) else { return nil }
        return (person.ids[0], person.range)
    }

    /// The person named right before token `end` and from token `start` on: a known person, or an
    /// unknown name of two words or more (in Arabic one whose words would run on into the title:
    /// "ألكسندرو مونتيانو رئيساً").
    private func appointee(endingAt end: Int, from start: Int, _ work: SentenceWork, context: DocumentContext) -> (String, Range<Int>)? {
        if let actor = work.actors.last(where: { $0.range.upperBound == end && $0.source == .name }), context.kind(actor.ids[0]) == .person {
            return actor.range.lowerBound >= start ? (actor.ids[0], actor.range) : nil
        }
        if let span = work.span(endingAt: end), case .entity(let id) = span.value, context.kind(id) == .person {
            return span.range.lowerBound >= start ? (id, span.range) : nil
        }
        for first in stride(from: max(start, end - 4), through: end - 2, by: 1) {
            if let length = nameLength(work, from: first), length >= end - first {
                return (context.discoverPerson(work.sentence, first..<end), first..<end)
            }
        }
        return nil
    }

    /// The person named right before a verb, or before the relative pronoun right before it (a
    /// titled actor, or a name the lexicon knows).
    private func subject(before verb: Span, _ work: SentenceWork, context: DocumentContext) -> (String, Range<Int>)? {
        let end = work.token(verb.range.lowerBound - 1, isIn: .relativePronouns, lexicon: lexicon) ? verb.range.lowerBound - 1 : verb.range.lowerBound
        if let actor = work.actors.last(where: { $0.range.upperBound == end }) {
            return actor.ids.count == 1 && context.kind(actor.ids[0]) == .person ? (actor.ids[0], actor.range) : nil
        }
        guard let span = work.span(endingAt: end), case .entity(let id) = span.value, context.kind(id) == .person else { return nil }
        return (id, span.range)
    }

    /// Whether an English appointee's name follows the verb ending at `start` directly, after a
    /// noun describing a person (list `person_name_nouns`, an article allowed before it: "appointed
    /// businessman Herintsalama Rajaonarivelo as prime minister"), or after an apposition of up to
    /// three lower-case words and a comma ("appointed his deputy, X").
    private func isDescribedAppointee(_ name: Range<Int>, after start: Int, _ work: SentenceWork) -> Bool {
        guard name.lowerBound > start else { return true }
        if work.spans.contains(where: { $0.value == .function("person_name_nouns") && $0.range.upperBound == name.lowerBound
            && $0.range.lowerBound >= start && $0.range.lowerBound - start <= 1 }) { return true }
        return name.lowerBound - start <= 4 && work.tokens[name.lowerBound - 1].mark == ","
            && (start..<(name.lowerBound - 1)).allSatisfy { work.startsLatin($0, capital: false) }
    }

    /// Whether an actor is a title without a name read as the office it names (a state or a body),
    /// no holder.
    private func isBareOffice(_ actor: Actor) -> Bool {
        actor.source == .title && actor.ids.allSatisfy { [.state, .organization, .alliance].contains(lexicon.entities[$0]?.kind) }
    }
}
