/// Errors raised by the model and its codecs; each description is one line for the user.
public enum GraphError: Error, Equatable, CustomStringConvertible, Sendable {
    /// A relation names an entity id that is not in the graph.
    case unknownEntity(String)
    /// A graph file is malformed; `location` says where (line, field).
    case malformed(file: String, location: String, problem: String)

    /// The one-line message.
    public var description: String {
        switch self {
        case .unknownEntity(let id):
            return "edge names a node that does not exist: \"\(id)\""
        case .malformed(let file, let location, let problem):
            return "\(file): \(location): \(problem)"
        }
    }
}
