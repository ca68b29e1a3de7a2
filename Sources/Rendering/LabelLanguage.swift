/// Which labels a drawing shows on nodes.
public enum LabelLanguage: String, CaseIterable, Sendable {
    /// Arabic labels (English where there is none).
    case ar
    /// English names.
    case en
    /// English and Arabic, one line each.
    case both
}
