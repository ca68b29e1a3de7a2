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
