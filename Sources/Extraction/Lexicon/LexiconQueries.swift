/// Reading the lexicon's frames, role table, directions and institutions by index or key.
extension Lexicon {
    /// The people who held `role` in `office`, with their dates, in id order.
    public func holders(of role: String, in office: String) -> [(person: String, from: String?, to: String?)] {
        holdersByOffice[role + "@" + office] ?? []
    }

    /// The frame at `index`.
    public func frame(_ index: Int) -> LexiconFiles.Frame { frames[index] }

    /// The direction named by a phrase of word ids, if any.
    public func direction(_ words: [Int32]) -> String? {
        directionsByWords[words]
    }

    /// Whether a span's value is a word of an armed institution ("القوات", "troops", "الجيش").
    public func isArmedInstitution(_ value: LexiconValue) -> Bool {
        guard case .institution(let kind) = value else { return false }
        return institutions[kind]?.armed == true
    }
}
