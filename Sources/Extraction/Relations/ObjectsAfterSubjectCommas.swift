import EntityGraph

/// An Arabic object set off by commas right after its verb's subject ("وانتقد المفوض السامي
/// للأمم المتحدة لحقوق الإنسان فولكر تورك، السلطات التنزانية، وطالبها بالتحقيق"): a state,
/// organisation or alliance named there is the object, not an apposition describing the subject.
extension FramePatterns {
    /// Whether the comma at `index`, after a verb's subject, opens its object: a state,
    /// organisation or alliance named by its own name right after it, closed by another comma.
    func opensObjectAfterSubject(_ index: Int, _ work: SentenceWork, context: DocumentContext) -> Bool {
        guard index < work.tokens.count, work.tokens[index].mark == "،",
              let object = work.actors.first(where: { $0.range.lowerBound == index + 1 }), object.source == .name,
              [.state, .organization, .alliance].contains(context.kind(object.ids[0])) else { return false }
        return object.range.upperBound < work.tokens.count && work.tokens[object.range.upperBound].mark == "،"
    }
}
