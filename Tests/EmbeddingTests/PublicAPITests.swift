import XCTest
import EntityGraph
import Extraction
import Analysis
import Rendering

/// Uses the libraries as another package would: public API only, no @testable import.
final class PublicAPITests: XCTestCase {
    func testAnEmbedderCanExtractQueryAndDraw() throws {
        let extractor = try Extractor()
        var graph = extractor.extract(text: "استقبل الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في موسكو.",
                                      document: "news-1.txt")
        graph.merge(extractor.extract(text: "وتحد روسيا من الجنوب الشرقي الصين.", document: "news-2.txt"))
        XCTAssertEqual(graph.sources, ["news-1.txt", "news-2.txt"])
        XCTAssertNotNil(graph.relation(source: "putin", type: .metWith, target: "xi_jinping"))
        XCTAssertEqual(graph.relation(source: "china", type: .borders, target: "russia")?.attributes["direction"], "northwest",
                       "Russia as seen from China, the edge's source")

        let index = AdjacencyIndex(graph)
        let hits = Neighbourhood.around("russia", in: index, query: NeighbourhoodQuery(depth: 2))
        XCTAssertEqual(Set(hits.map(\.id)), ["putin", "china", "xi_jinping"])

        let names = NameIndex(graph)
        XCTAssertEqual(names.entity(named: "الصين")?.id, "china")

        let json = NodeLinkJSON.encode(graph)
        XCTAssertEqual(NodeLinkJSON.encode(try NodeLinkJSON.decode(json)), json)

        let dot = DOTWriter().dot(graph)
        XCTAssertTrue(dot.hasPrefix("digraph \"ergraph\" {"))
        let svg = try GraphRenderer().render(graph, layout: .fdp, format: .svg)
        XCTAssertTrue(String(decoding: svg.data, as: UTF8.self).contains("الصين"))
    }

    func testAnEmbedderCanBuildAGraphByHand() throws {
        var graph = EntityGraph()
        graph.add(Entity(id: "a", name: "A", kind: .state))
        graph.add(Entity(id: "b", name: "B", kind: .state))
        try graph.add(Relation(source: "a", type: RelationType("trades_with"), target: "b", confidence: 0.5))
        XCTAssertEqual(EdgeListTSV.encode(graph), "a\ttrades_with\tb\n")
    }
}
