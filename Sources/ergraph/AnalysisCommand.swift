import ArgumentParser
import EntityGraph
import Foundation

/// What an analysis command answers: a JSON value and a readable text, made only when asked for.
struct AnalysisReport {
    /// The answer as a JSON value (dictionaries, arrays, strings, numbers).
    let json: () -> Any
    /// The answer as text for the terminal.
    let text: () -> String
}

/// A command that loads a graph (with `--graph FILE | PATH...` and `--types`), computes an
/// answer and prints it as text or JSON (`--format`), with the global `--timings`.
protocol AnalysisCommand: ParsableCommand {
    /// Where the graph comes from.
    var input: GraphInput { get }
    /// Types and format.
    var options: AnalysisOptions { get }
    /// `--timings`.
    var global: GlobalOptions { get }
    /// Checks the command's own arguments (one-line errors).
    func checkArguments() throws
    /// The relation types the index keeps (default: `--types`).
    func keptTypes() throws -> Set<RelationType>?
    /// The answer, timing its computation as the `query` phase.
    func answer(_ source: AnalysisInput, _ timings: Timings) throws -> AnalysisReport
}

extension AnalysisCommand {
    func checkArguments() throws {}

    func keptTypes() throws -> Set<RelationType>? { try options.typeFilter() }

    func run() throws {
        try options.check()
        try checkArguments()
        let timings = Timings()
        let source = try AnalysisInput(input, timings, types: keptTypes())
        let report = try answer(source, timings)
        let output = try timings.measure("write") { () throws -> Data in
            options.format == "json" ? try JSONOutput.data(report.json()) : Data(report.text().utf8)
        }
        try OutputFile.write(output, to: nil)
        timings.report(if: global.timings)
    }
}

/// Pretty-printed JSON with sorted keys and a final line break.
enum JSONOutput {
    static func data(_ value: Any) throws -> Data {
        var data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys])
        data.append(0x0A)
        return data
    }
}
