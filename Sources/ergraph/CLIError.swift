/// A failure the user can act on, printed as one line.
struct CLIError: Error, CustomStringConvertible {
    /// The message.
    let description: String
    /// The process exit code.
    var exitCode: Int32 = 1

    init(_ description: String, exitCode: Int32 = 1) {
        self.description = description
        self.exitCode = exitCode
    }

    /// The contract message for a name no entity has: `no entity named "X"; did you mean: A, B?`.
    static func unknownEntity(_ name: String, suggestions: [String]) -> CLIError {
        CLIError("no entity named \"\(name)\"" + (suggestions.isEmpty ? "" : "; did you mean: \(suggestions.joined(separator: ", "))?"))
    }
}
