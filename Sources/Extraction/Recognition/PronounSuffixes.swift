import EntityGraph

/// Arabic words that end with a possessive or object pronoun ("زيارته", "لقاءها").
extension SentenceWork {
    /// Whether token `index` ends with a pronoun suffix of the lexicon (`object_suffixes`) as
    /// written: a tāʾ marbūṭa folds to ه but is none ("زيارة").
    func endsWithPronounSuffix(_ index: Int, lexicon: Lexicon) -> Bool {
        let written = sentence.text(of: index)
        return !written.hasSuffix("ة") && PossessiveForms.hasSuffix(NameFolding.fold(written), among: lexicon.pronounSuffixes)
    }
}
