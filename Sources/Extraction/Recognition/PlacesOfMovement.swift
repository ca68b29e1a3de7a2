import EntityGraph

/// Places named as where someone goes, comes from or stays ("ووصل الرئيس الكوري إلى القاهرة
/// قادما من أبوظبي، حيث التقى ... ووقع البلدان"): places, not states acting, so that "the two
/// countries" after them are the states of the people who met, not the capitals' states.
extension Coreference {
    /// The places among the sentence's actors before token `index` that follow a preposition of
    /// movement or location (إلى, من, في, to, from, in, at) or carry ب as a proclitic.
    func placesOfMovement(before index: Int, _ work: SentenceWork, context: DocumentContext) -> Set<String> {
        let keywords = lexicon.keywords
        let markers = keywords.locative.union(keywords.origin).union([keywords.to, keywords.toEnglish])
        var places: Set<String> = []
        for actor in work.actors where actor.range.upperBound <= index && actor.ids.count == 1 && context.kind(actor.ids[0]) == .place {
            if work.token(actor.range.lowerBound - 1, isOneOf: markers) || actor.clitic.hasSuffix("ب") { places.insert(actor.ids[0]) }
        }
        return places
    }
}
