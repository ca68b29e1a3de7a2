import EntityGraph

/// An Arabic title ending with a word with the article is never in construct with a name after
/// it that lacks the article: "وزار الوزير أرمينيا" is "the minister visited Armenia", not
/// "Armenia's minister" ("وزير أرمينيا" is; so are "الأمين العام لحلف الناتو", with ل, "المتحدث
/// باسم الكرملين", whose last word has no article, and "المبعوث الأممي", an adjective).
extension RoleRecognizer {
    /// Whether `title` is an Arabic title whose last word has the article and `name` follows it
    /// right after, bare: without a proclitic and without the article.
    func isDefiniteTitleBeforeBareName(_ title: Span, _ name: Span, _ work: SentenceWork) -> Bool {
        let document = work.sentence.document
        guard name.clitic.isEmpty, name.range.lowerBound == title.range.upperBound, // not "لـ«حزب الله»"
              document.isArabic(work.tokens[title.range.lowerBound]) else { return false }
        return document.startsWithArticle(work.tokens[title.range.upperBound - 1]) && !document.startsWithArticle(work.tokens[name.range.lowerBound])
    }
}
