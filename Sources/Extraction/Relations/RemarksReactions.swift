/// Reactions to remarks no one is named as making ("China's embassy criticised the remarks",
/// "وانتقدت الخارجية الصينية هذه التصريحات"): their maker is the person heard speaking in the
/// sentence or two before.
extension FramePatterns {
    /// The person whose remarks the words at `index` are: a word of list `remark_nouns`, after at
    /// most one of `remark_determiners`, with no one named in the three tokens after it
    /// ("the remarks by Hegseth", "تصريحات بوتين" name their maker) and someone heard speaking
    /// before this sentence.
    func remarksSpeaker(at index: Int, _ work: SentenceWork, context: DocumentContext) -> Actor? {
        let noun = work.token(index, isInWordList: "remark_determiners", lexicon: lexicon) ? index + 1 : index
        guard work.token(noun, isInWordList: "remark_nouns", lexicon: lexicon),
              work.firstActor(in: (noun + 1)..<(noun + 4)) == nil,
              let speaker = context.speakers.earlier(than: context.sentenceNumber), context.kind(speaker) == .person else { return nil }
        return Actor(ids: [speaker], range: noun..<(noun + 1), clitic: "", source: .anaphora)
    }
}
