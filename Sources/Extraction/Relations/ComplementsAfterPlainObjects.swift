import EntityGraph

/// An Arabic object the lexicon does not know, followed by the frame's complement ("وتتهم السلطات
/// الفرنسية شبكات تهريب بنقل آلاف المهاجرين من جزيرة أنجوان"): the one accused is the plain noun,
/// and an actor named inside the complement is no object of the trigger.
extension FramePatterns {
    /// Whether plain Arabic words no span covers fill the object slot from `start` and a word
    /// opening the frame's complement follows them before `actor`.
    func isPastPlainObject(_ actor: Actor, from start: Int, _ frameIndex: Int, _ work: SentenceWork) -> Bool {
        guard start < actor.range.lowerBound, work.isUncoveredArabicWord(start), !opensComplement(at: start, frame: frameIndex, work) else { return false }
        var index = start + 1
        while index < actor.range.lowerBound, work.isUncoveredArabicWord(index), !opensComplement(at: index, frame: frameIndex, work) { index += 1 }
        return index < actor.range.lowerBound && opensComplement(at: index, frame: frameIndex, work)
    }
}
