import ArgumentParser
import EntityGraph
import Foundation

/// The `ergraph` command: extract entity graphs from news text, query and draw them.
@main
struct Ergraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ergraph",
        abstract: "Entity-relationship graphs from news articles: extract, query, render.",
        version: "0.1.0",
        subcommands: [Extract.self, Neighbours.self, Path.self, Rank.self, CommunitiesCommand.self, BlocsCommand.self,
                      BalanceCommand.self, Stats.self, Render.self, Export.self]
    )

    /// Runs the command; every failure is one line on stderr and a non-zero exit.
    static func main() {
        do {
            var command = try parseAsRoot(globalFlagsMovedAfterSubcommand(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch let error as CLIError {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            Foundation.exit(error.exitCode)
        } catch let error as GraphError {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let first = message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
            FileHandle.standardError.write(Data("\(first)\n".utf8))
            Foundation.exit(code.rawValue)
        }
    }

    /// `--timings` is global: accepted before the subcommand too (`ergraph --timings extract ...`).
    static func globalFlagsMovedAfterSubcommand(_ arguments: [String]) -> [String] {
        guard let first = arguments.firstIndex(where: { !$0.hasPrefix("-") }),
              arguments[..<first].contains("--timings") else { return arguments }
        return arguments.filter { $0 != "--timings" } + ["--timings"]
    }
}
