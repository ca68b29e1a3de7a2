import XCTest
@testable import Extraction

/// The UN refugee agency named in full, and Nepal's leaders in the lexicon.
final class RefugeeAgencyAndNepalsLeadersTests: XCTestCase {
    func testTheUnitedNationsRefugeeAgencyIsUNHCR() {
        XCTAssertEqual(edges("The United Nations refugee agency will help Chad shelter refugees."), ["unhcr supports chad"])
    }

    func testNepalsLeadersAreKnown() {
        XCTAssertEqual(edges("وهنأ رئيس الوزراء الهندي ناريندرا مودي كاركي في اتصال هاتفي.", date: "2025-11-01"),
                       ["modi holds_role india", "modi met_with sushila_karki"])
        XCTAssertEqual(edges("أطاحت الاحتجاجات بحكومة رئيس الوزراء كيه بي شارما أولي.", date: "2025-09-01"), ["sharma_oli holds_role nepal"])
    }
}
