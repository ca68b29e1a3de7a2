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
    /// How many sentences back a deed named again by its word ("الغارات", "the strikes") may lie.
    static let deedReach = 3

    /// The last deed of a kind a reaction was read against, within twice `deedReach`: what
    /// another reaction said to be made "also" is aimed at ("Turkey also condemned the attack"
    /// after a later strike by someone else).
    func reactedDeed(_ type: RelationType) -> Deed? {
        reactedDeeds[type].flatMap { sentenceNumber - $0.sentence <= 2 * Self.deedReach ? $0 : nil }
    }

    /// The last deed of a kind read in this sentence or the `deedReach` before it.
    func recentDeed(_ type: RelationType) -> Deed? {
        lastDeeds[type].flatMap { sentenceNumber - $0.sentence <= Self.deedReach ? $0 : nil }
    }

    /// Marks the last deed of a kind as named again in this sentence ("called the strike"): a story
    /// that keeps speaking of it keeps it within reach of later reactions.
    func renewDeed(_ type: RelationType) {
        if let deed = recentDeed(type) { lastDeeds[type] = Deed(agents: deed.agents, target: deed.target, sentence: sentenceNumber) }
    }

    /// Keeps within reach each deed a sentence speaks of again without reading a new one: an
    /// event word of the deed's kind with one of its agents or its target named in the sentence
    /// ("أعلن الجيش الإسرائيلي أنه قتل ... في غارة", "قال مسؤول في الحزب إن الغارة ...").
    func renewDeedsNamedAgain(_ work: SentenceWork) {
        for (type, deed) in lastDeeds where deed.sentence < sentenceNumber && sentenceNumber - deed.sentence <= Self.deedReach {
            guard work.spans.contains(where: { span in
                switch span.value {
                case .trigger(let frame), .nominalTrigger(let frame): return RelationType(lexicon.frames[frame].type) == type
                default: return false
                }
            }), work.actors.contains(where: { actor in
                actor.ids.contains { id in
                    let acting = actingEntity(id)
                    return deed.agents.contains(acting) || acting == deed.target || id == deed.target
                }
            }) else { continue }
            renewDeed(type)
        }
    }

    /// The kinds of deed a later reaction may refer to by their event word alone.
    static let deeds: Set<RelationType> = [.attacks, .sanctions, .threatens, .deploysTo]
}
