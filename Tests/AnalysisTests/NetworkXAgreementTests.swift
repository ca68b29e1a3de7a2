import Foundation
import XCTest
import EntityGraph
@testable import Analysis

/// Results on generated graphs agree with what NetworkX computes (Tests/Fixtures/analysis,
/// made by make_expected.py there): neighbourhood sets, path lengths, component counts, PageRank.
final class NetworkXAgreementTests: XCTestCase {
    private let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/analysis").standardized

    private func fixture(_ name: String) throws -> (index: AdjacencyIndex, expected: [String: Any]) {
        let data = try Data(contentsOf: folder.appendingPathComponent("graph-\(name).tsv"))
        let index = try EdgeListIndexReader.read(data, honoursSymmetry: false)
        let all = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("expected.json"))) as! [String: Any]
        return (index, all[name] as! [String: Any])
    }

    private func check(_ name: String) throws {
        let (index, expected) = try fixture(name)
        XCTAssertEqual(index.nodeCount, expected["nodes"] as? Int)
        XCTAssertEqual(index.edgeCount, expected["edges"] as? Int)
        XCTAssertEqual(Components.weak(index).count, expected["weak_components"] as? Int)
        XCTAssertEqual(Components.strongCount(index), expected["strong_components"] as? Int)
        let traversal = Traversal(nodeCount: index.nodeCount)
        for case let item as [String: Any] in expected["khop"] as! [Any] {
            let node = try XCTUnwrap(index.node(item["node"] as! String))
            let reached = Neighbourhood.nodes(around: node, in: index, query: NeighbourhoodQuery(depth: item["depth"] as! Int),
                                              traversal: traversal)
            XCTAssertEqual(reached.dropFirst().map { index.id(Int($0)) }.sorted(), item["neighbours"] as! [String], "\(item["node"]!)")
        }
        for case let item as [String: Any] in expected["typed2"] as! [Any] {
            let node = try XCTUnwrap(index.node(item["node"] as! String))
            let query = NeighbourhoodQuery(depth: 2, types: [.memberOf, .alliedWith, .borders])
            let reached = Neighbourhood.nodes(around: node, in: index, query: query, traversal: traversal)
            XCTAssertEqual(reached.dropFirst().map { index.id(Int($0)) }.sorted(), item["neighbours"] as! [String])
        }
        for case let item as [String: Any] in expected["paths"] as! [Any] {
            let (a, b) = (try XCTUnwrap(index.node(item["from"] as! String)), try XCTUnwrap(index.node(item["to"] as! String)))
            XCTAssertEqual(Paths.shortest(from: a, to: b, in: index, direction: .outgoing)?.length ?? -1, item["directed"] as? Int)
            XCTAssertEqual(Paths.shortest(from: a, to: b, in: index, direction: .both)?.length ?? -1, item["undirected"] as? Int)
        }
        let ranks = Centrality.pageRank(index, tolerance: 1e-12).ranks
        for (id, value) in expected["pagerank"] as! [String: Double] {
            XCTAssertEqual(ranks[try XCTUnwrap(index.node(id))], value, accuracy: 1e-6, id)
        }
    }

    func testSmallGraphAgreesWithNetworkX() throws { try check("small") }

    func testS500GraphAgreesWithNetworkX() throws { try check("s500") }

    func testBetweennessOfAPathAndSampling() throws {
        let index = try EdgeListIndexReader.read(Data("a\tx\tb\nb\tx\tc\nc\tx\td\n".utf8))
        let exact = Betweenness.scores(index)
        XCTAssertTrue(exact.exact)
        XCTAssertEqual(exact.scores, [0, 2, 2, 0])
        XCTAssertFalse(Betweenness.scores(index, samples: 2).exact)
    }

    func testSimplePathsAreRankedByLengthThenEvidence() throws {
        let index = try EdgeListIndexReader.read(Data("a\tx\tb\nb\tx\td\na\tx\tc\nc\tx\td\na\tx\td\n".utf8))
        let (a, d) = (index.node("a")!, index.node("d")!)
        let paths = Paths.simple(from: a, to: d, in: index, maxLength: 3, direction: .outgoing,
                                 weight: { index.id(Int(index.edgeSources[Int($0.edge)])) == "c" ? 5 : 1 })
        XCTAssertEqual(paths.map { $0.nodes.map(index.id) }, [["a", "d"], ["a", "c", "d"], ["a", "b", "d"]])
        XCTAssertEqual(Paths.allShortest(from: a, to: d, in: index).count, 1)
    }

    func testReaderReportsBadLines() {
        XCTAssertThrowsError(try EdgeListIndexReader.read(Data("a\tx\tb\nbad line\n".utf8), file: "g.tsv")) { error in
            XCTAssertEqual("\(error)", "g.tsv: line 2: expected source<TAB>type<TAB>target, found 1 field(s)")
        }
    }
}
