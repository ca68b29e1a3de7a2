import XCTest
import EntityGraph
@testable import Extraction

/// "قوات الدفاع" with a nisba is a state's armed forces, not its defence ministry; an English
/// place named before "site" heads the relative clause after it.
final class DefenceForcesAndSitesTests: XCTestCase {
    func testDefenceForcesAreTheArmy() {
        let graph = sharedExtractor.extract(text: "وقالت قوات الدفاع الإسرائيلية إنها قصفت مواقع لحزب الله.", document: "t.txt", date: nil)
        XCTAssertNotNil(graph.entity(id: "israel_army"))
        XCTAssertNil(graph.entity(id: "israel_defence_ministry"))
        // "الدفاع" alone with a nisba stays the ministry.
        XCTAssertNotNil(sharedExtractor.extract(text: "وقالت الدفاع الروسية إنها أسقطت 40 مسيرة.", document: "t.txt", date: nil)
            .entity(id: "russia_defence_ministry"))
    }

    func testAPlaceBeforeSiteHeadsTheRelativeClause() {
        XCTAssertTrue(edges("Inspectors returned to the Natanz site, which was struck by Israel in June.").contains("israel attacks natanz"))
    }
}
