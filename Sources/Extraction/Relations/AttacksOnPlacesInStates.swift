import EntityGraph

/// An attack on a place of another state is an attack on that state ("Pakistan struck Kandahar",
/// "قصفت إسرائيل مدينة صور اللبنانية": Afghanistan, Lebanon attacked), told by the same evidence;
/// the place's state, one the document names, is the one the lexicon or the document locates it
/// in. Not when the attacker has no state of its own nor when it strikes a place of its own state
/// (a war inside a state).
extension DocumentContext {
    /// Adds, for each attack on a place in the document's graph, the attack on the place's state;
    /// returns the attacks added.
    func liftAttacksOnPlaces() -> [Relation] {
        let attacks = graph.relations(ofType: .attacks).filter { kind($0.target) == .place }
        guard !attacks.isEmpty else { return [] }
        var lifted: [Relation] = []
        var located: [String: String] = [:]
        for relation in graph.relations(ofType: .locatedIn) + graph.relations(ofType: .partOf) where kind(relation.target) == .state {
            located[relation.source] = located[relation.source] ?? relation.target
        }
        for relation in attacks {
            guard let placeState = stateLocating(relation.target, located: located), graph.contains(id: placeState),
                  let attacker = state(of: relation.source), attacker != placeState,
                  graph.relation(source: relation.source, type: .attacks, target: placeState) == nil else { continue }
            let evidence = relation.evidence.map { Evidence(document: $0.document, start: $0.start, end: $0.end, sentence: $0.sentence, rule: "attack_on_place") }
            let attack = Relation(source: relation.source, type: .attacks, target: placeState, attributes: relation.attributes,
                                  evidence: evidence, confidence: relation.confidence * 0.9)
            try? graph.add(attack)
            lifted.append(attack)
        }
        return lifted
    }

    /// The state a place lies in: by the document's own located_in or part_of, else by the
    /// lexicon, up to three places up.
    private func stateLocating(_ place: String, located: [String: String]) -> String? {
        var current = place
        for _ in 0..<3 {
            guard let up = located[current] ?? lexicon.entities[current]?.locatedIn else { return nil }
            if kind(up) == .state { return up }
            current = up
        }
        return nil
    }
}
