import EntityGraph

/// A deed read in a document (an attack, sanctions, a threat, a deployment): who did it — all
/// the subjects that did it together to one target in one sentence ("شنت الولايات المتحدة
/// وبريطانيا غارات") —, to whom, and in which sentence. What a later reaction to "the strikes"
/// is aimed at.
struct Deed {
    /// Who did it.
    var agents: [String]
    /// To whom.
    let target: String
    /// The number of the sentence it was read in.
    let sentence: Int
}

extension DocumentContext {
    /// The last deed of a kind read in this sentence or the `deedReach` before it.
    func recentDeed(_ type: RelationType) -> Deed? {
        lastDeeds[type].flatMap { sentenceNumber - $0.sentence <= Self.deedReach ? $0 : nil }
    }

    /// Marks the last deed of a kind as named again in this sentence ("called the strike"): a story
    /// that keeps speaking of it keeps it within reach of later reactions.
    func renewDeed(_ type: RelationType) {
        if let deed = recentDeed(type) { lastDeeds[type] = Deed(agents: deed.agents, target: deed.target, sentence: sentenceNumber) }
    }

    /// The kinds of deed a later reaction may refer to by their event word alone.
    static let deeds: Set<RelationType> = [.attacks, .sanctions, .threatens, .deploysTo]
}
