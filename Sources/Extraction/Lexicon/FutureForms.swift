/// The future forms of Arabic present-tense verb triggers: the prefix س before the tense prefix
/// ي، ت or ن ("يلتقي" → "سيلتقي", "تفرض عقوبات" → "ستفرض عقوبات"), and for a masculine ي the
/// feminine ت too ("يوقع" → "ستوقع", a state signing), which the frames then read as planned
/// events.
enum FutureForms {
    /// The future forms of `trigger` when its first word starts like a present-tense verb, none
    /// otherwise.
    static func forms(of trigger: String) -> [String] {
        guard let first = trigger.first, "يتن".contains(first), trigger.unicodeScalars.count >= 3,
              trigger.unicodeScalars.allSatisfy({ (0x0621...0x064A).contains($0.value) || $0 == " " }) else { return [] }
        return first == "ي" ? ["س" + trigger, "ست" + trigger.dropFirst()] : ["س" + trigger]
    }

    /// The present-tense stems a future word may come from: the word without its س, and for a
    /// feminine ت the masculine ي ("ستوقع" → "توقع", "يوقع").
    static func presentStems(of future: Substring) -> [String] {
        let rest = future.dropFirst()
        return rest.first == "ت" ? [String(rest), "ي" + rest.dropFirst()] : [String(rest)]
    }
}
