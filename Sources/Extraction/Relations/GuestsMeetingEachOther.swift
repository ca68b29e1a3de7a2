/// Guests hosted together: when a person hosts people of two or more states in one event
/// ("Trump hosted Aliyev and Pashinyan", "استضاف أردوغان بوتين وزيلينسكي"), or holds a
/// trilateral summit with them ("قمة ثلاثية مع"), the guests met each other too. A host who
/// receives or meets several people ("met Modi and Jaishankar") may have seen them one at a
/// time, and colleagues of one state are no parties to each other.
extension FramePatterns {
    /// The pairs of guests among `objects` that met each other, in order; empty unless the
    /// trigger at `trigger` is a verb of list `hosting_verbs` or it or the word after it is of list
    /// `multilateral_words`, every host and guest is a person, and the guests serve two different
    /// states or more.
    func guestsMeetingEachOther(_ objects: [String], hostedBy hosts: [String], trigger: Int, _ work: SentenceWork,
                                context: DocumentContext) -> [(String, String)] {
        let multilateral = (trigger...(trigger + 1)).contains { work.token($0, isInWordList: "multilateral_words", lexicon: lexicon) }
        guard objects.count >= 2, work.token(trigger, isIn: .hostingVerbs, lexicon: lexicon) || multilateral,
              (hosts + objects).allSatisfy({ context.kind($0) == .person }) else { return [] }
        let states = objects.map(context.state(of:))
        return objects.indices.flatMap { first in
            objects.indices.filter { second in
                second > first && states[first] != nil && states[second] != nil && states[first] != states[second]
            }.map { (objects[first], objects[$0]) }
        }
    }
}
