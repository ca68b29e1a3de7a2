/// English relative clauses set off by commas ("Poland and Lithuania, which both border Belarus,
/// have warned ..."): the actors inside one are not the subject of the main verb, and a verb
/// inside one is about the actor the clause describes.
extension SentenceWork {
    /// How far back (in tokens) a relative pronoun is looked for.
    private static let relativeReach = 14

    /// The actor described by the comma-opened relative clause that token `index` stands in, or
    /// that closes right before it: the actor just before ", which" / ", who". Nil when there is
    /// none or when more than one comma stands between the pronoun and `index`.
    func relativeClauseHead(of index: Int, lexicon: Lexicon) -> Actor? {
        var commas = 0
        var cursor = index - 1
        while cursor >= 1, index - cursor <= Self.relativeReach {
            if let mark = tokens[cursor].mark {
                if mark == "," { commas += 1 } else if mark != "\"" { return nil }
                if commas > 1 { return nil }
            } else if token(cursor, isIn: .relativePronouns, lexicon: lexicon), tokens[cursor - 1].mark == "," {
                return actor(endingBefore: cursor - 1, gap: 0)
            }
            cursor -= 1
        }
        return nil
    }
}
