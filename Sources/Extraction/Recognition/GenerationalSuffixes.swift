/// A generational suffix after a Latin name ("Surangel Whipps Jr.", "Ferdinand Marcos Sr."; list
/// `generational_suffixes`): part of the name, its period too.
extension RoleRecognizer {
    /// Where a name ending at token `end` ends with its generational suffix, if one follows;
    /// `end` otherwise.
    func pastGenerationalSuffix(_ end: Int, _ work: SentenceWork) -> Int {
        guard let suffix = work.spanIndex(startingAt: end).map({ work.spans[$0] }), suffix.value == .function("generational_suffixes")
        else { return end }
        let after = suffix.range.upperBound
        return after < work.tokens.count && work.tokens[after].mark == "." && work.tokens[after].utf8Start == work.tokens[after - 1].utf8End
            && after + 1 < work.tokens.count ? after + 1 : after
    }
}
