import ArgumentParser

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Flag(help: "Write one JSON object of phase timings (milliseconds) to stderr.")
    var timings = false
}
