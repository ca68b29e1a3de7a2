import Foundation

/// Finds and reads the `.txt` documents named on the command line: files as given, folders
/// searched recursively, in path order. Refuses missing paths, folders without `.txt`, empty
/// files and files that are not valid UTF-8.
enum DocumentReader {
    /// The `.txt` files of `paths`, sorted within each folder.
    static func files(_ paths: [String]) throws -> [URL] {
        var files: [URL] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CLIError("no such file or folder: \(path)")
            }
            if !isFolder.boolValue {
                files.append(URL(fileURLWithPath: path))
                continue
            }
            let enumerator = FileManager.default.enumerator(at: URL(fileURLWithPath: path, isDirectory: true),
                                                            includingPropertiesForKeys: nil)
            var found: [URL] = []
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension.lowercased() == "txt" { found.append(url) }
            }
            guard !found.isEmpty else { throw CLIError("no .txt files in folder \(path)") }
            files += found.sorted { $0.path < $1.path }
        }
        return files
    }

    /// The text of a document.
    static func text(of url: URL) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CLIError("cannot read \(url.path): permission denied or unreadable")
        }
        guard !data.isEmpty else { throw CLIError("\(url.path) is empty") }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError("\(url.path) is not valid UTF-8 (byte \(firstInvalidByte(data))); refusing to guess its encoding")
        }
        guard text.contains(where: { !$0.isWhitespace }) else { throw CLIError("\(url.path) is empty") }
        return text
    }

    /// Offset of the first byte that does not start or continue a UTF-8 sequence correctly.
    private static func firstInvalidByte(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count,
                  bytes[(index + 1)..<(index + length)].allSatisfy({ $0 >> 6 == 0b10 }) else { return index }
            index += length
        }
        return index
    }
}
