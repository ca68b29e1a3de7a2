import EntityGraph
import Foundation

/// Reads a TSV edge list (`source<TAB>type<TAB>target` per line) straight into an
/// `AdjacencyIndex`, without building an `EntityGraph`: names are interned from the bytes, nodes
/// numbered in order of first appearance, parallel edges kept. This is the fast path for large
/// graphs. Blank lines and lines starting with `#` are skipped. O(bytes + V + E).
public enum EdgeListIndexReader {
    /// Reads an edge list. `honoursSymmetry` follows symmetric types both ways (as ergraph does);
    /// without it every edge is directed as written (as NetworkX's MultiDiGraph reads it).
    public static func read(_ data: Data, file: String = "<tsv>", vocabulary: RelationVocabulary = .core,
                            honoursSymmetry: Bool = true) throws -> AdjacencyIndex {
        var nodes = WordTable(capacity: max(1024, data.count / 64))
        var typeTable = WordTable(capacity: 64)
        var sources: [Int32] = [], targets: [Int32] = [], types: [UInt16] = []
        let estimate = data.count / 40
        sources.reserveCapacity(estimate)
        targets.reserveCapacity(estimate)
        types.reserveCapacity(estimate)
        var failure: GraphError?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            var lineNumber = 0
            while lineStart < bytes.count {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var contentEnd = lineEnd
                if contentEnd > lineStart && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                defer { lineStart = lineEnd + 1 }
                if contentEnd == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
                var tabs: [Int] = []
                for index in lineStart..<contentEnd where bytes[index] == 0x09 {
                    tabs.append(index)
                    if tabs.count > 2 { break }
                }
                guard tabs.count == 2, tabs[0] > lineStart, tabs[1] > tabs[0] + 1, contentEnd > tabs[1] + 1 else {
                    let fields = tabs.count + 1
                    failure = .malformed(file: file, location: "line \(lineNumber)",
                                         problem: "expected source<TAB>type<TAB>target, found \(fields > 3 ? "more than 3" : "\(fields)") field(s)")
                    return
                }
                sources.append(nodes.intern(UnsafeBufferPointer(rebasing: bytes[lineStart..<tabs[0]])))
                types.append(UInt16(typeTable.intern(UnsafeBufferPointer(rebasing: bytes[(tabs[0] + 1)..<tabs[1]]))))
                targets.append(nodes.intern(UnsafeBufferPointer(rebasing: bytes[(tabs[1] + 1)..<contentEnd])))
            }
        }
        if let failure { throw failure }
        let relationTypes = (0..<Int32(typeTable.count)).map { RelationType(typeTable.word($0)) }
        let names = (0..<Int32(nodes.count)).map { nodes.word($0) }
        return AdjacencyIndex(idTable: nodes, names: names, kinds: Array(repeating: .unknown, count: names.count),
                              types: relationTypes, symmetricTypes: relationTypes.map { vocabulary.isSymmetric($0) },
                              sources: sources, targets: targets, edgeTypes: types, relations: [],
                              honoursSymmetry: honoursSymmetry)
    }
}
