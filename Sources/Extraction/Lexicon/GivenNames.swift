extension Lexicon {
    /// The word ids of the given names: those `given_names.json` lists, by language, and the first
    /// word of each known person's English name of two words or more, a given name others bear
    /// too ("Sergei", "Armen").
    func givenNameWords(listed: [String: [String]], people: [LexiconFiles.Person]) -> Set<Int32> {
        var words = Set(listed.values.joined().compactMap { intern($0).first })
        for person in people {
            let name = person.en.split(separator: " ")
            if name.count >= 2, let first = intern(String(name[0])).first { words.insert(first) }
        }
        return words
    }
}
