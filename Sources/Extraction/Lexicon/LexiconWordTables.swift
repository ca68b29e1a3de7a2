/// Lookups in the lexicon's tables indexed by word id, read for every word of a text: the function
/// lists a word belongs to and, for words no phrase matched, the states named by common words
/// after a preposition, nisbas read after forces, and known people by their given name.
extension Lexicon {
    /// Whether a word id is a one-word member of any function list.
    @inline(__always)
    public func isAnyFunctionWord(_ word: Int32) -> Bool {
        word >= 0 && Int(word) < functionFlags.count && functionFlags[Int(word)] != 0
    }

    /// Whether a word id is a one-word member of a function list.
    @inline(__always)
    public func isFunctionWord(_ word: Int32, list: FunctionList) -> Bool {
        word >= 0 && Int(word) < functionFlags.count && functionFlags[Int(word)] & list.bit != 0
    }

    /// The state whose `ar_after_preposition` name is the word with id `word`, if any.
    func state(afterPreposition word: Int32) -> String? {
        word >= 0 && Int(word) < statesAfterPreposition.count ? statesAfterPreposition[Int(word)] : nil
    }

    /// The state whose `nisba_after_forces_ar` forms hold the word with id `word`, if any.
    func state(nisbaAfterForces word: Int32) -> String? {
        word >= 0 && Int(word) < nisbasAfterForces.count ? nisbasAfterForces[Int(word)] : nil
    }

    /// Grows a table indexed by word id to hold `word`, filling it with `empty`.
    static func grow<T>(_ table: inout [T], toHold word: Int32, with empty: T) {
        if table.count <= Int(word) { table += Array(repeating: empty, count: Int(word) + 1 - table.count) }
    }

    /// The people whose Arabic name is the given name with word id `word` and a surname of the
    /// skeleton given (`surnamesAfterGivenName`).
    func people(givenName word: Int32) -> [(skeleton: String, person: String)] {
        word >= 0 && Int(word) < surnamesAfterGivenName.count ? surnamesAfterGivenName[Int(word)] : []
    }
}
