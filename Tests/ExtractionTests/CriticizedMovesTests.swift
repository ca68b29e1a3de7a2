import XCTest
@testable import Extraction

/// Criticism of a move rather than of a party: the doer of the deed read last, else the one the
/// story names first; a move qualified by a nisba names its own doer.
final class CriticizedMovesTests: XCTestCase {
    func testAMoveIsTheLastDeedsDoers() {
        XCTAssertEqual(edges("Russia struck Kyiv overnight. Poland condemned the move.", date: "2025-11-01"),
                       ["russia attacks ukraine", "poland criticizes russia"])
    }

    func testAMoveWithNoDeedIsTheStorysFirstActors() {
        XCTAssertEqual(edges("نقلت غواتيمالا سفارتها إلى القدس. وأدانت جامعة الدول العربية الخطوة.", date: "2025-11-01"),
                       ["arab_league criticizes guatemala"])
    }

    func testAMoveQualifiedByANisbaIsLeftAlone() {
        XCTAssertEqual(edges("فعلت الدول الأوروبية آلية الزناد ضد إيران. وانتقدت روسيا الخطوة الأوروبية.", date: "2025-11-01"), [])
    }
}
