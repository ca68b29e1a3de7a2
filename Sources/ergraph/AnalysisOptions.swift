import ArgumentParser
import EntityGraph

/// Options shared by the analysis commands: relation types and output format.
struct AnalysisOptions: ParsableArguments {
    @Option(help: "Comma-separated relation types to follow (default: all).")
    var types: String?

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    /// The type filter, checked.
    func typeFilter() throws -> Set<RelationType>? { try RelationTypeList.parse(types) }

    /// Rejects an unknown format.
    func check() throws {
        guard ["text", "json"].contains(format) else {
            throw CLIError("unknown format \"\(format)\" (expected text or json)")
        }
    }
}
