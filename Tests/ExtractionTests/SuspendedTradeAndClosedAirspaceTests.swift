import XCTest
import EntityGraph
@testable import Extraction

/// A treaty suspended past hyphened qualifiers; trade as cooperation, suspended as a sanction;
/// airspace closed to a state; national intelligence services with "الوطني".
final class SuspendedTradeAndClosedAirspaceTests: XCTestCase {
    func testATreatySuspendedPastHyphenedQualifiers() {
        XCTAssertEqual(edges("India suspended a decades-old water-sharing treaty with Pakistan.", date: "2025-04-24"),
                       ["india sanctions pakistan"])
    }

    func testTradeIsCooperationAndSuspendedTradeASanction() {
        XCTAssertEqual(edges("Kazakhstan expanded trade with China.", date: "2025-01-01"), ["china cooperates_with kazakhstan"])
        XCTAssertEqual(edges("Pakistan suspended all trade with India.", date: "2025-04-24"), ["pakistan sanctions india"])
    }

    func testAirspaceClosedToAStateAndABorderClosedStill() {
        XCTAssertEqual(edges("Pakistan closed its airspace to Indian airlines.", date: "2025-04-24"), ["pakistan sanctions india"])
        XCTAssertTrue(edges("Poland closed its border with Belarus.", date: "2025-01-01").contains("poland sanctions belarus"))
    }

    func testANationalIntelligenceServiceAndItsHead() {
        let graph = sharedExtractor.extract(text: "وقال رئيس جهاز المخابرات الوطني الأردني سامي حسني إن عمان تتابع الوضع.",
                                            document: "t.txt", date: "2025-01-01")
        XCTAssertEqual(role(graph, "sami_hsni", "jordan_intelligence"), "director")
    }
}
