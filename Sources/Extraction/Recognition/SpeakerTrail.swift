/// Who has been speaking in a document: the person speaking now, and the one heard last before
/// the present sentence, whose words a reaction may take up ("China's embassy criticised the
/// remarks" after Hegseth spoke).
struct SpeakerTrail {
    /// The person currently speaking.
    private(set) var current: String?
    private var currentSentence = -1
    private var before: (id: String?, sentence: Int) = (nil, -1)

    /// Records that `id` speaks in sentence `sentence`.
    mutating func set(_ id: String, sentence: Int) {
        if currentSentence < sentence { before = (current, currentSentence) }
        (current, currentSentence) = (id, sentence)
    }

    /// The person heard speaking in one of the two sentences before sentence `sentence`, if any.
    func earlier(than sentence: Int) -> String? {
        let last = currentSentence < sentence ? (id: current, sentence: currentSentence) : before
        return last.sentence >= sentence - 2 ? last.id : nil
    }
}
