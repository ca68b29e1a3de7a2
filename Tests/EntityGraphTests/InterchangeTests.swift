import Foundation
import XCTest
@testable import EntityGraph

final class InterchangeTests: XCTestCase {
    private func sample() throws -> EntityGraph {
        var graph = EntityGraph()
        graph.addSource("a.txt")
        graph.add(Entity(id: "minsk", name: "Minsk", kind: .place, labels: ["ar": "مينسك", "en": "Minsk"], aliases: ["مينسك"]))
        graph.add(Entity(id: "belarus", name: "Belarus", kind: .state))
        try graph.add(Relation(source: "minsk", type: .capitalOf, target: "belarus",
                               evidence: [Evidence(document: "a.txt", start: 3, end: 10, sentence: "العاصمة مينسك", rule: "capital")],
                               confidence: 0.9))
        return graph
    }

    func testNodeLinkRoundTripIsByteIdentical() throws {
        let data = NodeLinkJSON.encode(try sample())
        let decoded = try NodeLinkJSON.decode(data)
        XCTAssertEqual(NodeLinkJSON.encode(decoded), data)
        XCTAssertEqual(decoded.relations.first?.evidence.first?.rule, "capital")
    }

    func testNodeLinkWrittenInPiecesIsTheSameBytes() throws {
        var graph = EntityGraph()
        for index in 0..<40 {
            graph.add(Entity(id: "state\(index)", name: "State \(index)", kind: .state))
        }
        for index in 0..<39 {
            let evidence = (0..<(index * 15)).map { Evidence(document: "d\($0 % 7).txt", start: $0, end: $0 + 3, sentence: "s \"\($0)\"") }
            try graph.add(Relation(source: "state\(index)", type: .borders, target: "state\(index + 1)", evidence: evidence))
        }
        let whole = NodeLinkJSON.encode(graph)
        XCTAssertEqual(NodeLinkJSON.encode(graph, jobs: 2), whole)
        XCTAssertEqual(NodeLinkJSON.encode(graph, jobs: 5), whole)
        XCTAssertEqual(NodeLinkJSON.encode(EntityGraph(), jobs: 4), NodeLinkJSON.encode(EntityGraph()))
        var chunks: [Data] = []
        NodeLinkJSON.write(graph, jobs: 2) { chunks.append($0) }
        XCTAssertGreaterThan(chunks.count, 2, "written a run of edges at a time")
        XCTAssertEqual(chunks.reduce(Data(), +), whole)
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: whole))
    }

    func testEveryCharacterThatNeedsAnEscapeIsEscapedWhereverItStands() throws {
        for special in ["\"", "\\", "\n", "\t", "\u{01}", "\u{1F}"] {
            for position in 0..<20 {
                let text = String(repeating: "ب", count: position / 2) + String(repeating: "a", count: position % 2) + special + "مينسك Minsk!"
                var graph = EntityGraph()
                graph.add(Entity(id: "minsk", name: text, kind: .place))
                let object = try JSONSerialization.jsonObject(with: NodeLinkJSON.encode(graph)) as! [String: Any]
                XCTAssertEqual((object["nodes"] as! [[String: Any]])[0]["name"] as? String, text, "\(special.unicodeScalars.first!.value) at \(position)")
            }
        }
    }

    func testIntegersAreWrittenWithAllTheirDigits() throws {
        var graph = EntityGraph()
        graph.add(Entity(id: "a", name: "A", kind: .state))
        graph.add(Entity(id: "b", name: "B", kind: .state))
        for (start, end) in [(0, 9), (10, 100), (987_654_321, 9_876_543_210)] {
            try graph.add(Relation(source: "a", type: .borders, target: "b", evidence: [Evidence(document: "d", start: start, end: end, sentence: "s")]))
        }
        let text = String(decoding: NodeLinkJSON.encode(graph), as: UTF8.self)
        for number in ["\"start\": 0\n", "\"end\": 9,", "\"start\": 10\n", "\"end\": 100,", "\"start\": 987654321\n", "\"end\": 9876543210,"] {
            XCTAssertTrue(text.contains(number), number)
        }
    }

    func testNodeLinkHasTheNetworkXShape() throws {
        let object = try JSONSerialization.jsonObject(with: NodeLinkJSON.encode(try sample())) as! [String: Any]
        XCTAssertEqual(object["directed"] as? Bool, true)
        XCTAssertEqual(object["multigraph"] as? Bool, true)
        let info = object["graph"] as! [String: Any]
        XCTAssertEqual(info["sources"] as? [String], ["a.txt"])
        XCTAssertEqual(info["generator"] as? String, "ergraph")
        let nodes = object["nodes"] as! [[String: Any]]
        XCTAssertEqual(nodes.map { $0["id"] as! String }, ["belarus", "minsk"])
        let edge = (object["edges"] as! [[String: Any]])[0]
        XCTAssertEqual(edge["source"] as? String, "minsk")
        XCTAssertEqual(edge["target"] as? String, "belarus")
        XCTAssertEqual(edge["type"] as? String, "capital_of")
        XCTAssertEqual(edge["key"] as? String, "capital_of")
        XCTAssertEqual(edge["confidence"] as? Double, 0.9)
    }

    func testMalformedJSONSaysWhere() {
        XCTAssertThrowsError(try NodeLinkJSON.decode(Data("{\n \"nodes\": [x]}".utf8), file: "g.json")) { error in
            XCTAssertEqual("\(error)", "g.json: line 2, column 12: not valid JSON")
        }
        XCTAssertThrowsError(try NodeLinkJSON.decode(Data("{\"directed\": true, \"multigraph\": true, \"nodes\": [{\"name\": \"a\"}], \"edges\": []}".utf8), file: "g.json")) { error in
            XCTAssertEqual("\(error)", "g.json: nodes[0]: missing field \"id\"")
        }
    }

    func testEdgeToMissingNodeIsRejected() {
        let text = "{\"directed\": true, \"multigraph\": true, \"nodes\": [{\"id\": \"a\"}], \"edges\": [{\"source\": \"a\", \"target\": \"b\", \"type\": \"x\"}]}"
        XCTAssertThrowsError(try NodeLinkJSON.decode(Data(text.utf8), file: "g.json")) { error in
            XCTAssertEqual("\(error)", "g.json: edges[0]: edge names a node that does not exist: \"b\"")
        }
    }

    func testTSVEdgeListReadsAndReportsBadLines() throws {
        let graph = try EdgeListTSV.decode("# comment\nbelarus\tborders\tpoland\n\npoland\tmember_of\tnato\n")
        XCTAssertEqual(graph.entities.map(\.id), ["belarus", "nato", "poland"])
        XCTAssertEqual(graph.entities.map(\.kind), [.unknown, .unknown, .unknown])
        XCTAssertEqual(EdgeListTSV.encode(graph), "belarus\tborders\tpoland\npoland\tmember_of\tnato\n")
        XCTAssertThrowsError(try EdgeListTSV.decode("a\tx\tb\nc\td\n", file: "e.tsv")) { error in
            XCTAssertEqual("\(error)", "e.tsv: line 2: expected source<TAB>type<TAB>target, found 2 field(s)")
        }
    }
}
