/// Refusals whose word another phrase claims first: "ألغى" / "cancelled" are also triggers of
/// `revoke_visa`, yet "ألغى ... لقاء" / "cancelled talks" still means the talks did not happen.
extension SentenceWork {
    /// Whether `span` is a refusal: a phrase of `refusals`, or one word of that list matched as
    /// something else.
    func isRefusal(_ span: Span, lexicon: Lexicon) -> Bool {
        span.value == .function(FunctionList.refusals.rawValue)
            || (span.range.count == 1 && token(span.range.lowerBound, isIn: .refusals, lexicon: lexicon))
    }
}
