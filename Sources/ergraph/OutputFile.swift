import Foundation

/// Writes command output: to a file atomically (a temporary file in the same folder, then a
/// rename, so a failed run never leaves a partial file), or to stdout.
enum OutputFile {
    /// Writes `data` to `path`, or to stdout when `path` is nil or `-`.
    static func write(_ data: Data, to path: String?) throws {
        try write(to: path) { sink in try sink(data) }
    }

    /// Writes what `produce` hands its sink, a block at a time, to `path` (or stdout when `path`
    /// is nil or `-`); the file appears only once all of it is written.
    static func write(to path: String?, _ produce: ((Data) throws -> Void) throws -> Void) throws {
        guard let path, path != "-" else {
            try produce { FileHandle.standardOutput.write($0) }
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            let shown = (path as NSString).deletingLastPathComponent
            throw CLIError("cannot write \(path): folder \(shown.isEmpty ? "." : shown) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw CLIError("cannot write \(path): it is a folder")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: temporary) else {
            throw CLIError("cannot write \(path): permission denied")
        }
        do {
            try produce { try handle.write(contentsOf: $0) }
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error as? CLIError ?? CLIError("cannot write \(path): \(error.localizedDescription)")
        }
        if rename(temporary.path, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("cannot write \(path): \(reason)")
        }
    }
}
