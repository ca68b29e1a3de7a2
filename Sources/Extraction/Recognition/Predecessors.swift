import EntityGraph

/// A holder's predecessor held the same office: "وصل الأمين العام الجديد لحلف شمال الأطلسي مارك
/// روته ... خلفاً للنرويجي ينس ستولتنبرغ", "Defence Minister Andrei Belousov, who replaced Sergei
/// Shoigu" (list `succession_markers`); not a predecessor titled in another state ("تسلم رئيس
/// سيراليون ... رئاسة إيكواس، خلفا للرئيس النيجيري بولا تينوبو").
extension RoleRecognizer {
    /// For each succession marker with a person named right after it (one nisba between
    /// allowed: "خلفا للنرويجي ينس ستولتنبرغ"), emits holds_role from that person to the office
    /// with the role of the last person named before the marker whose role the story read.
    func predecessors(_ work: SentenceWork, context: DocumentContext) {
        for span in work.spans where span.value == .function("succession_markers") {
            let next = span.range.upperBound
            let afterNisba = work.spanIndex(startingAt: next).flatMap { work.spans[$0].value.isNisba ? work.spans[$0].range.upperBound : nil }
            let named = work.actors.first { ($0.range.lowerBound == next || $0.range.lowerBound == afterNisba) && $0.ids.count == 1 }
                .map { (id: $0.ids[0], end: $0.range.upperBound) }
                ?? work.spans.lazy.compactMap { span -> (id: String, end: Int)? in
                    guard span.range.lowerBound == next || span.range.lowerBound == afterNisba, case .entity(let id) = span.value else { return nil }
                    return (id, span.range.upperBound)
                }.first
            // Titled actors and the names the lexicon knows ("عيّن ... ألكسندر تورتشين رئيساً للوزراء، خلفاً لـ").
            let before = work.actors.filter { $0.ids.count == 1 }.map { ($0.ids[0], $0.range.upperBound) }
                + work.entityNames.map { ($0.id, $0.range.upperBound) }
            guard let predecessor = named, context.kind(predecessor.id) == .person,
                  let holder = before.filter({ $0.1 <= span.range.lowerBound && context.roles[$0.0] != nil }).max(by: { $0.1 < $1.1 })?.0,
                  holder != predecessor.id, let role = context.roles[holder],
                  let office = context.affiliation[holder],
                  // "خلفا للرئيس النيجيري بولا تينوبو": one whose own title names another state succeeded the holder in another post.
                  context.affiliation[predecessor.id].map({ $0 == office || context.kind($0) != .state }) ?? true else { continue }
            context.emit(predecessor.id, .holdsRole, office, attributes: ["role": role], sentence: work.sentence,
                         tokens: span.range.lowerBound...(predecessor.end - 1), rule: "predecessor", confidence: 0.6)
        }
    }
}
