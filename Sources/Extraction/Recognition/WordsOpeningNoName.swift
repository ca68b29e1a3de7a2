/// The shapes of Arabic words that open no name after a title: a present verb with a dual or
/// plural ending, a common noun's ending, و joined to a word opening with a hamza.
extension RoleRecognizer {
    /// Whether a folded Arabic word is a present verb with a dual or plural ending, joined by و
    /// or not ("ويبحثان", "يبحثان", "وتؤكدان", "ويطالبون"): a headline's next clause, no name
    /// ("المبعوث الأميركي ويبحثان انسحاب", "رئيس وزراء الهند يبحثان تعزيز").
    static func isDualOrPluralPresentVerb(_ word: String) -> Bool {
        var scalars = Array(word.unicodeScalars)
        if scalars.first == "و" { scalars.removeFirst() }
        guard scalars.count >= 5, scalars[0] == "ي" || scalars[0] == "ت" else { return false }
        return word.hasSuffix("ان") || word.hasSuffix("ون")
    }

    /// Whether a folded Arabic word of five letters or more ends with the feminine plural "ات"
    /// ("تطورات", "مباحثات"), or one of six or more with the abstract ending "ية" ("مسؤولية"): a
    /// common noun, which opens no name after a title ("نظيره السوداني تطورات الأوضاع").
    static func isCommonNounEnding(_ word: String) -> Bool {
        (word.count >= 5 && word.hasSuffix("ات")) || (word.count >= 6 && (word.hasSuffix("ية") || word.hasSuffix("يه")))
    }

    /// Whether an Arabic word is و joined to a word opening with a hamza ("وأبلغته", "وإن"): the
    /// next clause's verb or particle, never a word of a name.
    static func isConjoinedHamzaWord(_ word: String) -> Bool {
        word.hasPrefix("وأ") || word.hasPrefix("وإ")
    }
}
