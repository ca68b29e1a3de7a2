/// The future forms of Arabic present-tense verb triggers: the prefix س before the tense prefix
/// ي، ت or ن ("يلتقي" → "سيلتقي", "تفرض عقوبات" → "ستفرض عقوبات"), which the frames then read as
/// planned events.
enum FutureForms {
    /// The future form of `trigger` when its first word starts like a present-tense verb, none
    /// otherwise.
    static func forms(of trigger: String) -> [String] {
        guard let first = trigger.first, "يتن".contains(first), trigger.unicodeScalars.count >= 3,
              trigger.unicodeScalars.allSatisfy({ (0x0621...0x064A).contains($0.value) || $0 == " " }) else { return [] }
        return ["س" + trigger]
    }
}
