import EntityGraph

/// The bodies of states made for a document so far, by kind.
extension DocumentContext {
    /// The state of the one body of `kind` made for this document so far ("وزارة الخزانة
    /// الأمريكية" before a bare "وزارة الخزانة"); nil when none or several were made.
    func soleBody(of kind: LexiconFiles.Institution) -> String? {
        let states = localParents.compactMap { id, state in id == "\(state)_\(kind.id)" ? state : nil }
        return states.count == 1 ? states[0] : nil
    }
}
