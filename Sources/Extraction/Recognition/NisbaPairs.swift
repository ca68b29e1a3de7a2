import EntityGraph

/// The pair "البلدين" / "the two countries" takes when its sentence named two states before it
/// by their nisbas only ("وصلت إلى العاصمة الصومالية مقديشو طائرتان عسكريتان مصريتان ... منذ
/// توقيع البلدين": Somalia and Egypt, not the two states named last in earlier sentences).
extension Coreference {
    /// The two states named by nisbas before token `index`, when they are two and the sentence
    /// names no actor before it but places of those states; nil otherwise ("واستدعت الخارجية
    /// الكورية الجنوبية السفير الروسي احتجاجا على التعاون بين البلدين": a body acts on the
    /// other, and the pair is the one named before).
    func nisbaPair(before index: Int, _ work: SentenceWork, context: DocumentContext) -> [String]? {
        var states: [String] = []
        for span in work.spans where span.range.upperBound <= index {
            guard case .nisba(let state) = span.value, !states.contains(state) else { continue }
            states.append(state)
        }
        let named = work.actors.filter { $0.range.upperBound <= index }
        let placesOfPair = named.allSatisfy { actor in
            context.kind(actor.ids[0]) == .place && context.state(of: actor.ids[0]).map(states.contains) != false
        }
        return states.count == 2 && placesOfPair ? states : nil
    }
}
