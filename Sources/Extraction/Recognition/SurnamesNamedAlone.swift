import EntityGraph

/// A third Arabic word after a title's name that governs a definite word or a quotation after it,
/// that the document never repeats, while it names the second word elsewhere without it ("الرئيس
/// الأسبق بيدرو كاستيو حل البرلمان"، then "خلفت كاستيو"): the second word is the surname, the
/// third a verb or verbal noun opening what follows ("ليو جين سونغ مدير": "جين" of "شي جين بينغ"
/// elsewhere leaves the name whole).
extension RoleRecognizer {
    /// Whether the words at `surname` and `third` are two unknown Arabic words (no given names
    /// of the lexicon), a definite word or a quotation mark follows the second, and the document
    /// writes the first elsewhere without the second after it, and the second nowhere else.
    func isSurnameNamedAlone(_ surname: Int, before third: Int, _ work: SentenceWork) -> Bool {
        let given = lexicon.givenNames
        let (word, next) = (work.tokens[surname].word, work.tokens[third].word)
        guard word >= 0, next >= 0, !given.contains(word), !given.contains(next), work.sentence.document.isArabic(work.tokens[third]),
              third + 1 < work.tokens.count, ["\"", "“", "«"].contains(work.tokens[third + 1].mark) || work.sentence.document.startsWithArticle(work.tokens[third + 1])
        else { return false }
        let tokens = work.sentence.document.tokens
        let here = work.tokens[surname].utf8Start
        var alone = false
        for index in tokens.indices {
            if tokens[index].word == next, tokens[index].utf8Start != work.tokens[third].utf8Start { return false }
            if tokens[index].word == word, tokens[index].utf8Start != here, index + 1 == tokens.count || tokens[index + 1].word != next {
                alone = true
            }
        }
        return alone
    }
}
