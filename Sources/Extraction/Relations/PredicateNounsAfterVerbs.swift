import EntityGraph

/// An Arabic noun that may be predicated of an actor ("X حليف لـ Y") right after an event verb
/// is that verb's object instead ("ودعا حلفاء كييف الأوروبيين إلى": Kyiv's allies are called
/// on): it says nothing of the sentence's subject, and the allies are no one named. In English
/// a trigger before the noun may be an adjective ("a close ally of"), so only Arabic, where
/// adjectives follow their noun, is read so.
extension FramePatterns {
    /// Whether an Arabic trigger with no proclitic stands right after the trigger of a verb, or
    /// after the verb and its subject ("ودعا الرئيس الليتواني حلفاء بولندا"); "دعمها لحليفتها" is
    /// support for an ally named by its anaphor.
    func isObjectOfArabicVerb(_ trigger: Span, _ work: SentenceWork) -> Bool {
        guard !isEnglish(trigger, work), trigger.clitic.isEmpty else { return false }
        let subject = work.actors.last { $0.range.upperBound == trigger.range.lowerBound }
        guard let before = work.span(endingAt: subject?.range.lowerBound ?? trigger.range.lowerBound), case .trigger = before.value else { return false }
        return true
    }
}
