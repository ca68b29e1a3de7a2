import XCTest
@testable import Extraction

/// "البلدين" after an official met a counterpart, an adverb before an accusation's complement,
/// and "remains a partner of".
final class CounterpartsAdverbsAndRemainingPartnersTests: XCTestCase {
    func testTheTwoCountriesAfterCounterpartsMetAreTheirStatesNotTheVenues() {
        let text = "التقى وزير الخارجية الأردني أيمن الصفدي نظيره السوري أسعد الشيباني في العاصمة التركية أنقرة، وبحثا التعاون بين البلدين."
        let found = edges(text, date: "2025-11-01")
        XCTAssertTrue(found.contains("jordan cooperates_with syria"), "\(found)")
        XCTAssertFalse(found.contains("syria cooperates_with turkey"), "\(found)")
    }

    func testAnAdverbBeforeTheComplementKeepsTheAccused() {
        let found = edges("وقطعت المنامة علاقاتها مع طهران، واتهمت إيران مرارا بدعم جماعات مسلحة.", date: "2025-11-01")
        XCTAssertTrue(found.contains("bahrain criticizes iran"), "\(found)")
        XCTAssertFalse(found.contains("iran criticizes bahrain"), "\(found)")
    }

    func testRemainingAPartnerIsCooperation() {
        XCTAssertTrue(edges("Senegal remains a partner of France.", date: "2025-11-01").contains("france cooperates_with senegal"))
        XCTAssertTrue(edges("Faye insisted that Dakar would remain a partner of Paris.", date: "2025-11-01").contains("france cooperates_with senegal"))
    }
}
