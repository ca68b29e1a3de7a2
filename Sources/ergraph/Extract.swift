import ArgumentParser
import EntityGraph
import Extraction
import Foundation

/// `ergraph extract PATH... [-o FILE] [--lang ar|en|auto]`
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract an entity graph from text files or folders of .txt, as node-link JSON.")

    @Argument(help: "Text files or folders of .txt.")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Write the JSON to this file instead of stdout.")
    var output: String?

    @OptionGroup var text: TextOptions

    @Flag(help: "Print, sentence by sentence, the mentions found and the rule behind each relation.")
    var explain = false

    @Option(help: "Documents extracted in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard !paths.isEmpty else { throw CLIError("no input: give text files or folders to extract from") }
        guard jobs >= 1 else { throw CLIError("--jobs must be at least 1, got \(jobs)") }
        let timings = Timings()
        if explain {
            try explainDocuments(timings)
        } else {
            let graph = try GraphLoader.load(graph: nil, paths: paths, text: text, jobs: jobs, timings)
            try timings.measure("write") { try OutputFile.write(to: output) { try NodeLinkJSON.write(graph, jobs: jobs, to: $0) } }
        }
        timings.report(if: global.timings)
    }

    /// `--explain`: the report on stdout; the graph to `-o FILE` when given.
    private func explainDocuments(_ timings: Timings) throws {
        try text.check()
        let files = try timings.measure("read") { try DocumentReader.files(paths) }
        let extractor = try makeExtractor(text.lexicon)
        var graph = EntityGraph()
        for file in files {
            let text = try timings.measure("read") { try DocumentReader.text(of: file) }
            let result = timings.measure("extract") { extractor.explain(text: text, document: file.lastPathComponent, date: self.text.date,
                                                                                      language: self.text.language) }
            graph.merge(result.graph)
            let language = self.text.language.map { "\($0.rawValue) (given)" } ?? "\(TextLanguage.detect(text).rawValue) (detected)"
            let report = (["[\(file.lastPathComponent)] language: \(language)"] + result.sentences.map(\.report)).joined(separator: "\n") + "\n"
            try OutputFile.write(Data(report.utf8), to: nil)
        }
        if let output { try timings.measure("write") { try OutputFile.write(to: output) { try NodeLinkJSON.write(graph, jobs: jobs, to: $0) } } }
    }
}
