import EntityGraph

/// An Arabic title ending with a word with the article is never in construct with a name after
/// it that lacks the article: "وزار الوزير أرمينيا" is "the minister visited Armenia", not
/// "Armenia's minister" ("وزير أرمينيا" is; so are "الأمين العام لحلف الناتو", with ل, "المتحدث
/// باسم الكرملين", whose last word has no article, and "المبعوث الأممي", an adjective).
extension RoleRecognizer {
    /// Whether `title` is an Arabic title whose last word has the article and `name` follows it
    /// right after, bare: without a proclitic and without the article.
    func isDefiniteTitleBeforeBareName(_ title: Span, _ name: Span, _ work: SentenceWork) -> Bool {
        guard name.clitic.isEmpty, name.range.lowerBound == title.range.upperBound, // not "لـ«حزب الله»"
              work.sentence.document.isArabic(work.tokens[title.range.lowerBound]) else { return false }
        let definite = { (index: Int) in NameFolding.fold(work.sentence.text(of: index)).hasPrefix("ال") }
        let last = title.range.upperBound - 1
        let lastWord = NameFolding.fold(work.sentence.text(of: last)).dropFirst(last == title.range.lowerBound ? title.clitic.count : 0)
        return lastWord.hasPrefix("ال") && !definite(name.range.lowerBound)
    }
}
