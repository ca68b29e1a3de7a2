import EntityGraph

/// The object a frame with an `object_fallback` takes when its trigger names none: who accused
/// the subject (a rebuttal), whom the last support went to (aid), the doer of a move named after
/// the trigger (criticism), or where the deployment read earlier in the same sentence went
/// ("نقلت مظليين روساً إلى ألماتي، فيما أعلنت بيلاروسيا وأرمينيا إرسال وحدات أيضاً": Belarus's
/// and Armenia's units go to Kazakhstan too).
extension FramePatterns {
    /// The referent of `fallback` for `subjects`, nil when it has none.
    func fallbackReferent(_ fallback: String, subjects: [String], trigger: Span, from searchFrom: Int, _ work: SentenceWork,
                          context: DocumentContext) -> String? {
        switch fallback {
        case "accuser": return context.accuser(answeredBy: subjects)
        case "last_supported": return context.lastSupported ?? partnerOfAgreement(with: subjects, after: trigger, work, context: context)
        case "move_doer": return moveDoer(at: searchFrom, subjects: subjects, work, context: context)
        case "sentence_deployment":
            guard let deployment = context.lastDeeds[.deploysTo], deployment.sentence == context.sentenceNumber,
                  !subjects.contains(deployment.target) else { return nil }
            return deployment.target
        default: return nil
        }
    }
}
