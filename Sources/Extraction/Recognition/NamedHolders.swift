import EntityGraph

/// The holder of an office the story itself names: an undated article's headline says "رئيس
/// الوزراء الياباني" and its body "رئيس الوزراء الياباني شيغيرو إيشيبا"; the lexicon's current
/// holder is not meant.
extension DocumentContext {
    /// The one person of `candidates` whose name (any of the lexicon's spellings) the document
    /// writes; nil when none or several are.
    func namedHolder(among candidates: [String]) -> String? {
        let named = Set(candidates).filter(storyNames)
        return named.count == 1 ? named.first : nil
    }

    /// The person already named in the document whose lexicon roles include `role` in `office`
    /// ("رئيس الوزراء الهولندي السابق" after "مارك روته": Rutte), most recent first.
    func formerHolderNamed(_ role: String, in office: String) -> String? {
        searchBackwards(also: []) { person in
            self.kind(person) == .person && self.lexicon.entities[person]?.roles.contains { $0.role == role && $0.of == office } == true
        }
    }

    /// Whether some sentence of the document writes one of the person's names, as written or
    /// after a proclitic.
    private func storyNames(_ person: String) -> Bool {
        if let known = storyNamesPerson[person] { return known }
        let found = scanStory(for: person)
        storyNamesPerson[person] = found
        return found
    }

    /// Reads the document's tokens for the person's names.
    private func scanStory(for person: String) -> Bool {
        guard let entity = lexicon.entities[person] else { return false }
        let spellings = (entity.arabicNames + entity.englishNames).compactMap { name -> [Int32]? in
            let ids = name.split(separator: " ").map { words.id(NameFolding.fold(String($0))) }
            return ids.allSatisfy { $0 != nil } ? ids.map { $0! } : nil
        }
        return story.contains { sentence in
            let tokens = sentence.tokens
            return tokens.indices.contains { start in
                spellings.contains { words in
                    start + words.count <= tokens.count && tokens[start].reads(words[0], conjunctionOnly: false)
                        && zip(words.dropFirst(), tokens[(start + 1)...]).allSatisfy { $0 == $1.word }
                }
            }
        }
    }
}
