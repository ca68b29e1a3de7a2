import Foundation

/// Wall-clock time per phase (read, extract, index, query, layout, render, write), printed as
/// one JSON object on stderr by `--timings`.
final class Timings {
    static let phases = ["read", "extract", "index", "query", "layout", "render", "write"]
    private var milliseconds: [String: Double] = [:]
    private let start = DispatchTime.now().uptimeNanoseconds

    /// Runs `body`, adding its duration to `phase`.
    func measure<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
        let begin = DispatchTime.now().uptimeNanoseconds
        defer { add(phase, Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6) }
        return try body()
    }

    /// Adds a duration measured elsewhere.
    func add(_ phase: String, _ value: Double) { milliseconds[phase, default: 0] += value }

    /// Prints the JSON object if `enabled`.
    func report(if enabled: Bool) {
        guard enabled else { return }
        var fields = Self.phases.map { "\"\($0)\": \(Self.format(milliseconds[$0] ?? 0))" }
        fields.append("\"total\": \(Self.format(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6))")
        FileHandle.standardError.write(Data("{\(fields.joined(separator: ", "))}\n".utf8))
    }

    private static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
