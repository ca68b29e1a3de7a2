import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import EntityGraph

final class InterchangeFormatsTests: XCTestCase {
    static let tricky = "Q \"quoted\" <b> & 'x'\nline \\ end\\"

    static func sample() throws -> EntityGraph {
        var graph = EntityGraph()
        graph.add(Entity(id: "belarus", name: "Belarus", kind: .state, labels: ["ar": "بيلاروس", "en": "Belarus"], aliases: ["روسيا البيضاء"]))
        graph.add(Entity(id: "odd%id", name: tricky, kind: .organization, aliases: [tricky]))
        try graph.add(Relation(source: "belarus", type: .borders, target: "odd%id", attributes: ["direction": "west"],
                               evidence: [Evidence(document: "a.txt", start: 1, end: 5, sentence: "a \"b\" & c")], confidence: 0.85))
        try graph.add(Relation(source: "odd%id", type: .criticizes, target: "belarus"))
        return graph
    }

    private func same(_ a: EntityGraph, _ b: EntityGraph, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.entities.map { [$0.id, $0.name, $0.kind.rawValue] + $0.aliases + $0.labels.sorted { $0.key < $1.key }.map(\.value) },
                       b.entities.map { [$0.id, $0.name, $0.kind.rawValue] + $0.aliases + $0.labels.sorted { $0.key < $1.key }.map(\.value) },
                       file: file, line: line)
        XCTAssertEqual(a.relations.map { "\($0.source) \($0.type) \($0.target) \($0.attributes) \($0.confidence)" },
                       b.relations.map { "\($0.source) \($0.type) \($0.target) \($0.attributes) \($0.confidence)" }, file: file, line: line)
    }

    func testGraphMLRoundTripKeepsEverything() throws {
        let graph = try Self.sample()
        let text = GraphML.encode(graph)
        XCTAssertTrue(XMLParser(data: text).parse())
        same(graph, try GraphML.decode(text))
        XCTAssertTrue(String(decoding: text, as: UTF8.self).contains("<key id=\"confidence\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>"))
    }

    func testGEXFIsWellFormedWithColours() throws {
        let text = GEXF.encode(try Self.sample())
        XCTAssertTrue(XMLParser(data: text).parse())
        XCTAssertTrue(String(decoding: text, as: UTF8.self).contains("<viz:color r=\"214\" g=\"230\" b=\"247\"/>"))
        XCTAssertTrue(String(decoding: text, as: UTF8.self).contains("type=\"undirected\" label=\"borders\""))
    }

    func testCSVQuotesFieldsThatNeedIt() {
        XCTAssertEqual(CSVTables.row(["a", "b,c", "say \"hi\"", "x\ny"]), "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\r\n")
    }

    func testCypherLiteralsCannotBreakTheScript() throws {
        XCTAssertEqual(Cypher.literal("it's a \\ test\n"), "'it\\'s a \\\\ test\\n'")
        let script = String(decoding: Cypher.encode(try Self.sample()), as: UTF8.self)
        XCTAssertTrue(script.contains("MERGE (a)-[r:BORDERS]->(b)"))
        XCTAssertEqual(script.components(separatedBy: "\n").filter { $0.hasPrefix("MERGE (n:Entity") }.count, 2)
    }

    func testDOTValuesArePercentEncoded() {
        XCTAssertEqual(DOTInterchange.quoted("a\"b\\c%d"), "\"a%22b%5Cc%25d\"")
        XCTAssertEqual(DOTInterchange.decodeValue("a%22b%5Cc%25d"), "a\"b\\c%d")
    }
}
