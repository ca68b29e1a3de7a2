import XCTest
@testable import Extraction

/// Titles with a second portfolio before their nisba, asides naming the day and the place,
/// tariffs as sanctions, India's title for its foreign minister, and a single warplane.
final class PortfoliosTariffsAndPlacesOfTheDayTests: XCTestCase {
    func testASecondPortfolioStandsBetweenTheTitleAndItsNisba() {
        let egypt = sharedExtractor.extract(text: "أكد وزير الخارجية والهجرة المصري بدر عبد العاطي رفض القاهرة للخطوة.", document: "t.txt")
        XCTAssertEqual(role(egypt, "abdelatty", "egypt"), "foreign_minister")
        let text = "استقبل وزير الشؤون الخارجية والتعاون الإفريقي المغربي ناصر بوريطة نظيره الإسباني خوسيه مانويل ألباريس."
        let morocco = sharedExtractor.extract(text: text, document: "t.txt")
        XCTAssertEqual(role(morocco, "bourita", "morocco"), "foreign_minister")
        XCTAssertTrue(edges(text).contains("albares met_with bourita"), "\(edges(text))")
        XCTAssertFalse(edges(text).contains("morocco cooperates_with spain"), "\(edges(text))")
    }

    func testStackedTitlesWithASecondPortfolioNameOnePerson() {
        let text = "بحث نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي، الأحد، مع وزير الخارجية السوري أسعد الشيباني سبل التعاون."
        let found = edges(text)
        XCTAssertTrue(found.contains("safadi holds_role jordan"), "\(found)")
        XCTAssertTrue(found.contains("safadi met_with shaibani"), "\(found)")
    }

    func testAnAsideWithTheDayAndThePlaceIsReadAcross() {
        let text = "استقبل بوريطة، الخميس بالرباط، نظيره الإسباني خوسيه مانويل ألباريس."
        XCTAssertTrue(edges(text).contains("albares met_with bourita"), "\(edges(text))")
    }

    func testTariffsImposedOnAStateAreSanctions() {
        XCTAssertTrue(edges("The United States imposed a 25% tariff on Indian goods.").contains("united_states sanctions india"))
    }

    func testIndiasExternalAffairsMinisterAndASingleWarplane() {
        let graph = sharedExtractor.extract(text: "Indian External Affairs Minister S. Jaishankar met Russian Foreign Minister Sergei Lavrov.", document: "t.txt")
        XCTAssertEqual(role(graph, "jaishankar", "india"), "foreign_minister")
        let warplane = sharedExtractor.extract(text: "A Russian warplane violated Romanian airspace on Saturday.", document: "t.txt")
        XCTAssertNotNil(warplane.relation(source: "russia_army", type: .partOf, target: "russia"))
    }
}
