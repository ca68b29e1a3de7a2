import EntityGraph

/// A dual Arabic title of the two states a story is about, followed by the two holders' names
/// ("وزيرا الدفاع في البلدين، يشار غولر وعبد القادر محمد نور", "وزيرا خارجية البلدين فلان
/// وفلان"): a person the lexicon gives one of the two states holds the role there, the other
/// person in the other state. Two people the lexicon does not place are named, but given no state.
/// A second holder of a title joined by و and a nisba shares it ("الرئيسان الروسي فلاديمير بوتين
/// والبيلاروسي ألكسندر لوكاشينكو").
extension RoleRecognizer {
    /// Reads such a title at span `index`; false when the title is no dual of the two states.
    func holdersOfDualTitle(_ index: Int, role: String, _ work: SentenceWork, context: DocumentContext) -> Bool {
        let title = work.spans[index]
        guard work.sentence.document.isArabic(work.tokens[title.range.lowerBound]) else { return false }
        let head = NameFolding.fold(work.sentence.text(of: title.range.lowerBound)).dropFirst(title.clitic.count)
        guard head.hasSuffix("ا") || head.hasSuffix("ي") else { return false }
        var cursor = title.range.upperBound
        if work.token(cursor, is: lexicon.keywords.inside) { cursor += 1 }
        guard let pair = work.spanIndex(startingAt: cursor), !work.consumed.contains(pair),
              work.spans[pair].value.isStatePair else { return false }
        let states = context.mainPair ?? context.lastStates(2, also: work.actors.flatMap(\.ids))
        cursor = work.spans[pair].range.upperBound
        if cursor < work.tokens.count, [",", "،"].contains(work.tokens[cursor].mark) { cursor += 1 }
        guard states.count == 2, let first = holder(at: cursor, conjoined: false, work, context: context),
              let second = holder(at: first.range.upperBound, conjoined: true, work, context: context) else { return false }
        work.consumed.formUnion([index, pair] + first.spans + second.spans)
        let known = [first.id, second.id].map { person in
            lexicon.entities[person]?.roles(heldOn: context.date).first { states.contains($0.of) }?.of
        }
        var offices = known
        if let placed = known[0] ?? known[1], let other = states.first(where: { $0 != placed }) {
            if offices[0] == nil { offices[0] = other } else if offices[1] == nil { offices[1] = other }
        }
        for (person, office) in zip([first, second], offices) {
            context.mention(person.id, in: work.sentence, person.range)
            work.add(Actor(ids: [person.id], range: person.range, clitic: "", source: .name))
            guard let office, office != (person.id == first.id ? offices[1] : offices[0]) else { continue }
            recordSecondHolder(person.id, role: role, office: office,
                               evidence: title.range.lowerBound...(person.range.upperBound - 1), work, context: context)
        }
        return true
    }

    /// The person named from token `start`: a known person, or an unknown name of two to four
    /// words; with `conjoined`, the first word carries the conjunction و, which is no part of
    /// the name.
    func holder(at start: Int, conjoined: Bool, _ work: SentenceWork,
                        context: DocumentContext) -> (id: String, range: Range<Int>, spans: [Int])? {
        guard start < work.tokens.count, work.tokens[start].isWord else { return nil }
        if let span = work.spanIndex(startingAt: start), case .entity(let id) = work.spans[span].value, context.kind(id) == .person,
           work.spans[span].clitic.hasPrefix("و") == conjoined {
            return (id, work.spans[span].range, [span])
        }
        let written = NameFolding.fold(work.sentence.text(of: start))
        guard !conjoined || (written.hasPrefix("و") && written.count > 2), work.spanIndex(startingAt: start) == nil else { return nil }
        // Where the name must end: punctuation, a phrase, a function word or the next "و".
        let ends = { (index: Int) in
            index == work.tokens.count || !work.tokens[index].isWord || work.spanIndex(startingAt: index) != nil
                || self.lexicon.isAnyFunctionWord(work.tokens[index].word) || NameFolding.fold(work.sentence.text(of: index)).hasPrefix("و")
        }
        var end = start + 1
        while end - start < 4, !ends(end) { end += 1 }
        guard end - start >= 2, ends(end) else { return nil }
        return (context.discoverPerson(work.sentence, start..<end, droppingConjunction: conjoined), start..<end, [])
    }

    /// A second holder of the same title joined by و and a nisba ("الرئيسان الروسي فلاديمير بوتين
    /// والبيلاروسي ألكسندر لوكاشينكو"): the same role in that nisba's state.
    func sharedTitle(_ role: String, after end: Int, _ work: SentenceWork, context: DocumentContext) {
        guard let position = work.spanIndex(startingAt: end), !work.consumed.contains(position),
              case .nisba(let state) = work.spans[position].value, work.spans[position].clitic.hasPrefix("و") else {
            return secondHolderOfPluralTitle(role, after: end, work, context: context)
        }
        let nameStart = work.spans[position].range.upperBound
        var person: String?
        var nameEnd = nameStart
        if let next = work.spanIndex(startingAt: nameStart), case .entity(let id) = work.spans[next].value, context.kind(id) == .person {
            person = id
            nameEnd = work.spans[next].range.upperBound
            work.consumed.insert(next)
        } else if let length = nameLength(work, from: nameStart) {
            person = context.discoverPerson(work.sentence, nameStart..<(nameStart + length))
            nameEnd = nameStart + length
        }
        guard let person else { return }
        work.consumed.insert(position)
        let range = work.spans[position].range.lowerBound..<nameEnd
        context.mention(person, in: work.sentence, nameStart..<nameEnd, clitic: work.clitic(startingAt: nameStart))
        work.add(Actor(ids: [person], range: range, clitic: work.spans[position].clitic, source: .name))
        recordSecondHolder(person, role: role, office: state, evidence: range.lowerBound...(range.upperBound - 1), work, context: context)
    }

    /// Records a second holder of a title shared with the person named before them: their office
    /// and role, and the holds_role relation.
    func recordSecondHolder(_ person: String, role: String, office: String, evidence: ClosedRange<Int>, _ work: SentenceWork,
                            context: DocumentContext) {
        context.affiliation[person] = office
        context.roles[person] = role
        context.emit(person, .holdsRole, office, attributes: ["role": role], sentence: work.sentence,
                     tokens: evidence, rule: "title", confidence: 0.85)
    }
}
