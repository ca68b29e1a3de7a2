/// Which way edges are followed from a node.
public enum EdgeDirection: String, CaseIterable, Sendable {
    /// Follow edges from source to target.
    case outgoing = "out"
    /// Follow edges from target to source.
    case incoming = "in"
    /// Follow edges either way.
    case both
}
