/// Failures of the Graphviz engine, each with a one-line message.
public enum RenderError: Error, Equatable, CustomStringConvertible, Sendable {
    /// Graphviz has no layout plugins: its plugin list is missing or empty.
    case noPlugins
    /// The DOT text could not be parsed.
    case syntax(String)
    /// The layout engine failed.
    case layout(engine: String, message: String)
    /// Drawing in the format failed.
    case render(format: String, message: String)

    /// The one-line message.
    public var description: String {
        switch self {
        case .noPlugins:
            return "Graphviz has no layout plugins installed; run `dot -c` as root (package libgvc6) to register them"
        case .syntax(let message):
            return "Graphviz could not read the DOT text: \(message)"
        case .layout(let engine, let message):
            return "Graphviz layout \(engine) failed: \(message)"
        case .render(let format, let message):
            return "Graphviz could not draw \(format): \(message)"
        }
    }
}
