import EntityGraph

extension SentenceWork {
    /// The role an agent phrase span names ("led by", "برئاسة": leader), its proclitic left out;
    /// nil for any other span.
    func roleOfAgentPhrase(_ span: Span, lexicon: Lexicon) -> String? {
        guard span.value == .function(Lexicon.agentPhraseList) else { return nil }
        return lexicon.roleOfAgentPhrase[String(NameFolding.fold(text(span.range)).dropFirst(span.clitic.count))]
    }
}
