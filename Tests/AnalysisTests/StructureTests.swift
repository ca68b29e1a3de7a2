import Foundation
import XCTest
import EntityGraph
@testable import Analysis

final class StructureTests: XCTestCase {
    private func index(_ lines: [String]) throws -> AdjacencyIndex {
        try EdgeListIndexReader.read(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    func testLouvainFindsTwoCliquesJoinedByOneEdge() throws {
        var lines: [String] = []
        for group in [["a", "b", "c", "d"], ["e", "f", "g", "h"]] {
            for (i, x) in group.enumerated() { for y in group[(i + 1)...] { lines.append("\(x)\tcooperates_with\t\(y)") } }
        }
        lines.append("d\tcriticizes\te")
        let graph = try index(lines)
        let result = Communities.louvain(graph)
        XCTAssertEqual(result.count, 2)
        XCTAssertEqual(Set(["a", "b", "c", "d"].map { result.community[graph.node($0)!] }).count, 1)
        XCTAssertNotEqual(result.community[graph.node("a")!], result.community[graph.node("e")!])
        XCTAssertEqual(result.modularity, 0.4231, accuracy: 0.001)
    }

    func testBlocsAndTheirTiesToAnEntity() throws {
        let graph = try index(["poland\tmember_of\tnato", "latvia\tmember_of\tnato", "belarus\tborders\tpoland",
                               "latvia\tcriticizes\tbelarus", "russia\tmember_of\tunion_state"])
        let blocs = Blocs.all(graph)
        XCTAssertEqual(blocs.map { graph.id($0.alliance) }, ["nato", "union_state"])
        let nato = blocs[0]
        XCTAssertEqual(nato.members.map(graph.id), ["poland", "latvia"])
        let ties = Blocs.ties(of: nato, to: graph.node("belarus")!, in: graph)
        XCTAssertEqual(ties.map { "\(graph.id($0.member)) \($0.type) \($0.outgoing)" }, ["poland borders false", "latvia criticizes true"])
    }

    func testBalanceCountsTriadsAndSplitsCamps() throws {
        let graph = try index(["a\tallied_with\tb", "a\tattacks\tc", "b\tsanctions\tc",
                               "c\tcooperates_with\td", "d\tcriticizes\ta", "b\tsupports\td"])
        let balance = Balance(graph)
        XCTAssertEqual(balance.ties.count, 6)
        XCTAssertEqual(balance.triads.count, 4)
        XCTAssertEqual(balance.triads.filter(\.balanced).count, 2)
        XCTAssertEqual(balance.balancedShare, 0.5)
        XCTAssertEqual(balance.frustration, 1)
        XCTAssertEqual(balance.camps[graph.node("a")!], balance.camps[graph.node("b")!])
    }
}
