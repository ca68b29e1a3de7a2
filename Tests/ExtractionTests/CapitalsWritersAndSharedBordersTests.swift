import XCTest
import EntityGraph
@testable import Extraction

/// Capitals whose English name differs from their state's (Algiers, Tunis, Kuwait City); people
/// named after "writer" and other descriptive nouns; a press agency's credit line gives no one;
/// "the two countries' shared border".
final class CapitalsWritersAndSharedBordersTests: XCTestCase {
    func testAnEnvoyRecalledToACapitalIsRecalledFromItsState() {
        XCTAssertTrue(edges("Paris recalled its ambassador to Algiers in April.", date: "2025-11-12").contains("france sanctions algeria"))
        let graph = sharedExtractor.extract(text: "Tunisian President Kais Saied received the envoy in Tunis.", document: "t", date: "2025-11-12")
        XCTAssertNotNil(graph.entity(id: "tunis"))
    }

    func testAWriterIsAPersonTheLexiconNeedNotKnow() {
        let graph = sharedExtractor.extract(text: "Algerian President Abdelmadjid Tebboune pardoned French-Algerian writer Boualem Sansal on Wednesday.",
                                            document: "t", date: "2025-11-12")
        XCTAssertEqual(graph.entity(id: "boualem_sansal")?.kind, .person)
    }

    func testACreditLineNamesNoOne() {
        let graph = sharedExtractor.extract(text: "Hungary agreed to buy gas. Associated Press writer Justin Spike in Budapest contributed to this report.",
                                            document: "t", date: "2025-11-12")
        XCTAssertNil(graph.entity(id: "justin_spike"))
        XCTAssertNil(graph.entity(id: "budapest"))
    }

    func testTheTwoCountriesSharedBorder() {
        let found = edges("Iran signed a deal with Iraq. The agreement covers coordination on the two countries' shared border.", date: "2025-11-12")
        XCTAssertTrue(found.contains("iran borders iraq"), "\(found)")
        XCTAssertTrue(edges("Poland and Belarus' common border has been closed since September.", date: "2025-11-12").contains("belarus borders poland"))
    }
}
