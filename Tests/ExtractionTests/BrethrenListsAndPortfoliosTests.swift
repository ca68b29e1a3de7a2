import XCTest
import EntityGraph
@testable import Extraction

/// A state's "brethren"; an event rejected with its own agent happened; the sides after "بين" end
/// before a joining phrase; a count followed by a list of examples; an English portfolio after
/// "Minister for".
final class BrethrenListsAndPortfoliosTests: XCTestCase {
    func testAStatesBrethrenAreTheState() {
        XCTAssertEqual(edges("وأكد الملك وقوف الأردن إلى جانب الأشقاء السوريين.", date: "2025-11-20"), ["jordan supports syria"])
    }

    func testAnEventRejectedWithItsOwnAgentHappenedAndARefusedDeedDidNot() {
        XCTAssertEqual(edges("وشدد الأردن على رفض الاعتداءات الإسرائيلية على الأراضي السورية.", date: "2025-11-20"), ["israel attacks syria"])
        XCTAssertEqual(edges("ورفضت أرمينيا الانضمام إلى منظمة معاهدة الأمن الجماعي.", date: "2025-11-20"), [])
    }

    func testTheSidesAfterBetweenEndBeforeAJoiningPhrase() {
        XCTAssertEqual(edges("وشهد ترامب توقيع اتفاق بين تايلاند وكمبوديا، إضافة إلى الصين.", date: "2025-11-20"),
                       ["cambodia cooperates_with thailand"])
    }

    func testACountFollowedByAListOfExamplesIncludesThem() {
        XCTAssertEqual(edges("وتضم \"آسيان\" الآن 11 دولة، منها إندونيسيا والفلبين وفيتنام.", date: "2025-11-20"),
                       ["indonesia member_of asean", "philippines member_of asean", "vietnam member_of asean"])
        XCTAssertEqual(edges("BRICS includes 10 countries, including Russia, China and India.", date: "2025-11-20"),
                       ["china member_of brics", "india member_of brics", "russia member_of brics"])
        XCTAssertEqual(edges("BRICS includes 10", date: "2025-11-20"), [])
    }

    func testAnEnglishPortfolioAfterMinisterForStandsBeforeTheName() {
        let graph = sharedExtractor.extract(text: "Singapore's Minister for Trade and Industry Gan Kim Yong said the deal was good.",
                                            document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "gan_kim_yong", "singapore"), "minister")
        XCTAssertTrue(sharedExtractor.extract(text: "The Minister for Trade said the deal was good.", document: "t.txt", date: "2025-11-20")
            .entities.isEmpty)
    }
}
