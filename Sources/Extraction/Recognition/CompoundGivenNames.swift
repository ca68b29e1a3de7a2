import EntityGraph

/// Names of four words whose middle two are given names and whose last is a family name the
/// document gave someone else before ("كاراموكو جان ماري تراوري" after "إبراهيم تراوري").
extension RoleRecognizer {
    /// The most words a name after a title holds from token `start` once `length` words and no
    /// particle are read: four when the second and third are given names of the lexicon and the
    /// fourth is a one-word mention of a person (or of a name the document found), else three
    /// ("محمود علي يوسف رئيسا" stays three words).
    func nameWordLimit(_ work: SentenceWork, from start: Int, read length: Int) -> Int {
        guard length == 3, start + 3 < work.tokens.count,
              lexicon.givenNames.contains(work.tokens[start + 1].word), lexicon.givenNames.contains(work.tokens[start + 2].word),
              let span = work.spanIndex(startingAt: start + 3), work.spans[span].range.count == 1,
              case .entity(let id) = work.spans[span].value, lexicon.entities[id].map({ $0.kind == .person }) ?? true
        else { return 3 }
        return 4
    }

    /// Whether the words from `index` end a name with a ruling family's name of list
    /// `dynasty_names` ("الصباح"; "آل ثاني" is read as a particle and a name), at most one
    /// family-branch word with the article before it ("أحمد عبد الله الأحمد الصباح", "عبد الله علي
    /// عبد الله السالم الصباح"): such names run past the usual three words.
    func endsWithDynasty(from index: Int, _ work: SentenceWork) -> Bool {
        let bit = lexicon.wordLists.bit("dynasty_names")
        guard index < work.tokens.count, work.tokens[index].isWord else { return false }
        if work.tokens[index].wordLists & bit != 0 { return true }
        return index + 1 < work.tokens.count && work.tokens[index + 1].wordLists & bit != 0
            && NameFolding.fold(work.sentence.text(of: index)).hasPrefix("ال")
    }
}
