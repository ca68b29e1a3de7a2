/// The body of a kind the story named last with its state ("Russia's foreign ministry ...
/// Foreign ministry spokeswoman Maria Zakharova", "الجيش السوداني ... قائد الجيش"): a bare
/// mention of that kind of body is the same body.
extension DocumentContext {
    /// The state of the last body of institution kind `kind` that the story named with a state
    /// (mentions of this sentence so far included), if any.
    func stateOfLastBody(ofKind kind: String) -> String? {
        let suffix = "_" + kind
        return searchBackwards(also: []) { $0.hasSuffix(suffix) && self.state(of: $0) != nil }.flatMap(state(of:))
    }
}
