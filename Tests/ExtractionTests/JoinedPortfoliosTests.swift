import XCTest
import EntityGraph
@testable import Extraction

/// A minister's portfolio joined to another by و before the nisba: after its first word or after
/// its second.
final class JoinedPortfoliosTests: XCTestCase {
    func testAPortfolioJoinedAfterTwoWordsKeepsTheNisbasState() {
        let graph = sharedExtractor.extract(text: "وقال وزير الموارد المائية والري المصري هاني سويلم إن الجانب الإثيوبي قام بتصريف كميات ضخمة.",
                                            document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "hani_soilm", "egypt"), "minister")
    }

    func testAPortfolioJoinedAfterOneWordStillDoes() {
        let graph = sharedExtractor.extract(text: "وقال وزير الطاقة والموارد الطبيعية التركي ألب أرسلان بيرقدار إن الاتفاق مهم.",
                                            document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "alb_arslan_birqdar", "turkey"), "minister")
    }
}
