import XCTest
import EntityGraph
@testable import Extraction

/// A generic leader's title before a known head of state or government names that office, a
/// captain's rank may stand between, and Niger's ousted president is known.
final class LeaderTitlesAndRanksTests: XCTestCase {
    func testAJuntaLeadersTitleNamesTheKnownPresidentsOffice() {
        XCTAssertEqual(attribute("role", of: "ibrahim_traore holds_role burkina_faso",
                                 in: "The court heard of a plot against junta leader Ibrahim Traore.", date: "2025-11-20"), "president")
    }

    func testACaptainsRankBetweenTitleAndName() {
        XCTAssertTrue(edges("The plotters targeted junta leader Capt. Ibrahim Traore in April.", date: "2025-11-20")
            .contains("ibrahim_traore holds_role burkina_faso"))
        XCTAssertTrue(edges("Burkina Faso's leader Captain Ibrahim Traore met Russian officials.", date: "2025-11-20")
            .contains("ibrahim_traore holds_role burkina_faso"))
    }

    func testALeaderOfANamedBodyKeepsThatBody() {
        XCTAssertEqual(attribute("role", of: "naim_qassem holds_role hezbollah", in: "Hezbollah leader Naim Qassem spoke on Sunday.", date: "2025-11-20"),
                       "leader")
    }

    func testNigersOustedPresident() {
        XCTAssertTrue(edges("وطالبت المنظمة بالإفراج عن الرئيس محمد بازوم المحتجز منذ 2023.", date: "2025-11-20")
            .contains("mohamed_bazoum holds_role niger"))
    }
}
