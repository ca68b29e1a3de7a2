import ArgumentParser
import EntityGraph
import Foundation

/// `ergraph extract PATH... [-o FILE] [--lang ar|en|auto]`
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract an entity graph from text files or folders of .txt, as node-link JSON.")

    @Argument(help: "Text files or folders of .txt.")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Write the JSON to this file instead of stdout.")
    var output: String?

    @Option(name: .long, help: "Language of the texts: ar, en or auto.")
    var lang: String = "auto"

    @Option(name: .long, help: "Article date (YYYY-MM-DD) for texts that give none.")
    var date: String?

    @Option(help: "Documents extracted in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard !paths.isEmpty else { throw CLIError("no input: give text files or folders to extract from") }
        guard jobs >= 1 else { throw CLIError("--jobs must be at least 1, got \(jobs)") }
        let timings = Timings()
        let graph = try GraphLoader.load(graph: nil, paths: paths, lang: lang, date: date, jobs: jobs, timings)
        try timings.measure("write") { try OutputFile.write(NodeLinkJSON.encode(graph), to: output) }
        timings.report(if: global.timings)
    }
}
