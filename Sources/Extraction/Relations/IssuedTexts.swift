import EntityGraph

/// Arabic verbs that describe a text just issued: "تبنى المجلس، الخميس، قرارا يطالب إيران".
extension FramePatterns {
    /// The actor that issued an indefinite text of list `issued_text_nouns` ("قرارا", "بيانا")
    /// written right before an Arabic verb trigger: the subject named before that noun, an
    /// aside allowed between ("مجلس محافظي الوكالة، الخميس، قرارا يطالب إيران": the agency
    /// demands; Iran, after the verb, is its object, not its subject).
    func issuerOfText(before trigger: Span, _ work: SentenceWork) -> Actor? {
        let noun = trigger.range.lowerBound - 1
        guard case .trigger = trigger.value, trigger.clitic.isEmpty, !isEnglish(trigger, work),
              work.token(noun, isInWordList: "issued_text_nouns", lexicon: lexicon) else { return nil }
        return work.actor(endingBefore: noun, gap: 0) ?? work.actor(beforeAsideEndingAt: noun)
    }
}
