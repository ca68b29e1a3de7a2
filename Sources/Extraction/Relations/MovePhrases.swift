/// Criticism of the deed a sentence has just told, named by a phrase of list `move_phrases` right
/// before an Arabic verb with an object pronoun, attached or after a preposition ("افتتحت فيجي
/// سفارتها ...، في خطوة أدانتها السلطة الفلسطينية", "في خطوة نددت بها"): the move is the doing of
/// the sentence's first actor before the phrase.
extension FramePatterns {
    /// The first actor before a phrase of list `move_phrases` that ends right before `trigger`
    /// and that `fits` the object, if such a phrase is there.
    func movePhraseDoer(before trigger: Span, _ work: SentenceWork, fits: (Actor) -> Bool) -> Actor? {
        guard let phrase = work.span(endingAt: trigger.range.lowerBound), phrase.value == .function("move_phrases") else { return nil }
        return work.actors.first { $0.range.upperBound <= phrase.range.lowerBound && fits($0) }
    }
}
