import EntityGraph

/// "The two sides" after a meeting the same sentence tells ("استقبل الرئيس الروسي فلاديمير بوتين
/// ... رئيس إقليم أبخازيا بادرا غونبا في الكرملين، حيث بحث الجانبان"): the two who met, or
/// their states when both hold office in one ("التقى ... نظيره العراقي فؤاد حسين، حيث بحث
/// الجانبان": Kuwait and Iraq), not the last two states of the story. Not in a relative clause
/// about someone else ("meeting the EU's special envoy ..., who urged both sides": Belgrade and
/// Pristina).
extension Coreference {
    /// The first two actors before token `end`, neither a place nor after a preposition (but for
    /// a person: "اتصالا هاتفيا بنظيره الطاجيكي"), or the second and third when those two are
    /// joined by "and" and the three are of three states, when a meeting's word comes before the
    /// second of the pair and no relative pronoun after it, as their two states when each has one
    /// of its own; nil otherwise.
    func sidesMetHere(before end: Int, _ work: SentenceWork, context: DocumentContext) -> [String]? {
        let named = Array(work.actors.filter { actor in
            actor.range.upperBound <= end && actor.ids.count == 1 && context.kind(actor.ids[0]) != .place
                && (!work.isPrepositional(actor) || context.kind(actor.ids[0]) == .person)
        }.prefix(3))
        // "Anwar spoke with Hun Manet and Anutin and urged both sides": the two met, joined by "and", of two other states than
        // the first's (not "التقى فيدان رئيس الوزراء ... ونظيره ...، ووقع الجانبان", both of one state).
        let statesNamed = named.compactMap { context.state(of: $0.ids[0]) }
        let joinedPair = statesNamed.count == 3 && Set(statesNamed).count == 3
            && work.coordinated(from: named[1], keywords: lexicon.keywords).ids == named[1].ids + named[2].ids
        let sides = joinedPair ? Array(named[1...]) : Array(named.prefix(2))
        guard sides.count == 2, sides[0].ids != sides[1].ids,
              work.spans.contains(where: { span in
                  guard span.range.upperBound <= sides[1].range.lowerBound, case .trigger(let frame) = span.value else { return false }
                  return RelationType(lexicon.frames[frame].type) == .metWith
              }),
              !(sides[1].range.upperBound..<end).contains(where: { work.token($0, isIn: .relativePronouns, lexicon: lexicon) })
        else { return nil }
        let met = sides.map { $0.ids[0] }
        let states = met.map { id in context.kind(id) == .state ? id : context.affiliation[id].flatMap { context.kind($0) == .state ? $0 : nil } }
        return states.allSatisfy({ $0 != nil }) && states[0] != states[1] ? states.map { $0! } : met
    }
}
