import ArgumentParser
import EntityGraph
import Extraction
import Foundation
import Rendering

/// How texts are read: language, fallback date, extra lexicon files.
struct TextOptions: ParsableArguments {
    @Option(name: .long, help: "Language whose grammar is applied: ar, en, or auto (detected per document from its letters).")
    var lang: String = "auto"

    /// The language asked for; nil for `auto` (detected per document).
    var language: TextLanguage? { TextLanguage(rawValue: lang) }

    @Option(name: .long, help: "Article date (YYYY-MM-DD) for texts that give none.")
    var date: String?

    @Option(name: .long, help: "A lexicon file adding or replacing entries (repeatable).")
    var lexicon: [String] = []

    /// Rejects an unknown language or a malformed date with a one-line error.
    func check() throws {
        guard ["ar", "en", "auto"].contains(lang) else {
            throw CLIError("unknown language \"\(lang)\" (expected ar, en or auto)")
        }
        if let date, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            throw CLIError("invalid date \"\(date)\" (expected YYYY-MM-DD)")
        }
    }
}

/// Where a command's graph comes from: `--graph FILE` (node-link `.json` or `.tsv`) or text
/// files and folders to extract from.
struct GraphInput: ParsableArguments {
    @Option(name: .long, help: "A graph file: node-link .json, .tsv edge list, .graphml or .dot.")
    var graph: String?

    @Argument(help: "Text files or folders of .txt to extract the graph from.")
    var paths: [String] = []

    @OptionGroup var text: TextOptions

    /// Loads or extracts the graph, timing the phases.
    func load(_ timings: Timings) throws -> EntityGraph {
        try GraphLoader.load(graph: graph, paths: paths, text: text, timings)
    }
}

/// Loads a graph file or extracts a graph from texts, with one-line errors.
enum GraphLoader {
    /// Loads `graph` or extracts from `paths` (exactly one of them must be given).
    static func load(graph: String?, paths: [String], text: TextOptions, jobs: Int = 1, _ timings: Timings) throws -> EntityGraph {
        try text.check()
        switch (graph, paths.isEmpty) {
        case (.some, false):
            throw CLIError("give either --graph FILE or text PATHs, not both")
        case (.some(let file), true):
            return try readGraph(file, timings)
        case (.none, true):
            throw CLIError("no input: give --graph FILE or text PATHs")
        case (.none, false):
            return try extract(paths, date: text.date, language: text.language, lexicons: text.lexicon, jobs: jobs, timings)
        }
    }

    /// Reads a node-link JSON or TSV graph file.
    static func readGraph(_ file: String, _ timings: Timings) throws -> EntityGraph {
        try timings.measure("read") {
            guard FileManager.default.fileExists(atPath: file) else { throw CLIError("no such file: \(file)") }
            guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
            guard !data.isEmpty else { throw CLIError("\(file) is empty") }
            do {
                switch URL(fileURLWithPath: file).pathExtension.lowercased() {
                case "json":
                    return try NodeLinkJSON.decode(data, file: file)
                case "tsv", "txt":
                    guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(file) is not valid UTF-8") }
                    return try EdgeListTSV.decode(text, file: file)
                case "graphml":
                    return try GraphML.decode(data, file: file)
                case "dot", "gv":
                    guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(file) is not valid UTF-8") }
                    do {
                        return try ParsedDOT.entityGraph(fromDOT: text, file: file)
                    } catch let error as RenderError {
                        throw CLIError("\(file): \(error.description)")
                    }
                default:
                    throw CLIError("unknown graph format of \(file) (expected .json, .tsv, .graphml or .dot)")
                }
            } catch let error as GraphError {
                throw CLIError(error.description)
            }
        }
    }

    /// Extracts one graph from text files and folders with `jobs` workers. Each worker reads
    /// its documents one at a time (file i goes to worker i mod jobs) into a graph of its own;
    /// the workers' graphs are merged at the end. Merging does not depend on order, so the output
    /// is the same for any number of jobs. On failure, the error of the first bad file is thrown.
    static func extract(_ paths: [String], date: String?, language: TextLanguage? = nil, lexicons: [String] = [], jobs: Int = 1,
                        _ timings: Timings) throws -> EntityGraph {
        let files = try timings.measure("read") { try DocumentReader.files(paths) }
        let workers = max(1, min(jobs, files.count))
        let first = try timings.measure("extract") { try makeExtractor(lexicons) }
        let graphs = ConcurrentSlots<EntityGraph>(count: workers)
        let failures = ConcurrentSlots<CLIError>(count: files.count)
        let begin = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // Each further worker loads a lexicon of its own, at the same time as the others: a
            // shared one would have its reference counts bounced between the cores.
            guard let extractor = worker == 0 ? first : try? makeExtractor(lexicons) else {
                failures[worker] = CLIError("cannot load the lexicon")
                return
            }
            let sentences = SentenceStore()
            var graph = EntityGraph()
            for index in stride(from: worker, to: files.count, by: workers) {
                let file = files[index]
                do {
                    let text = try DocumentReader.text(of: file)
                    graph.merge(extractor.extract(text: text, document: file.lastPathComponent, date: date,
                                                      language: language, sentences: sentences))
                } catch let error as CLIError {
                    failures[index] = error
                } catch {
                    failures[index] = CLIError("\(file.path): \(error)")
                }
            }
            graphs[worker] = graph
        }
        timings.add("extract", Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
        if let failure = failures.values.compactMap({ $0 }).first { throw failure }
        return timings.measure("extract") {
            var merged = graphs[0]!
            for worker in 1..<workers { merged.merge(graphs[worker]!) }
            return merged
        }
    }
}

/// An extractor over the bundled lexicon and the user's lexicon files.
func makeExtractor(_ lexicons: [String]) throws -> Extractor {
    for file in lexicons where !FileManager.default.fileExists(atPath: file) {
        throw CLIError("no such lexicon file: \(file)")
    }
    do {
        return Extractor(lexicon: try Lexicon.bundled(adding: lexicons.map { URL(fileURLWithPath: $0) }))
    } catch {
        throw CLIError("\(error)")
    }
}
