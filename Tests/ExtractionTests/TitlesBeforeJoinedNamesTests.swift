import XCTest
import EntityGraph
@testable import Extraction

/// A name joined by و right after a title and its nisba is another person, not the title's
/// holder; "work closely with" is cooperation.
final class TitlesBeforeJoinedNamesTests: XCTestCase {
    func testANameJoinedByWaAfterATitleIsAnotherPerson() {
        let found = edges("ولي العهد السعودي وترامب يوقعان اتفاقية الدفاع في البيت الأبيض", date: "2025-11-18")
        XCTAssertFalse(found.contains("trump holds_role saudi_arabia"), "\(found)")
        XCTAssertTrue(found.contains("mohammed_bin_salman holds_role saudi_arabia"), "\(found)")
        XCTAssertTrue(found.contains("mohammed_bin_salman met_with trump"), "\(found)")
    }

    func testWorkingCloselyWithIsCooperation() {
        XCTAssertTrue(edges("Ishiba said Japan would work closely with Seoul and Washington.").contains("japan cooperates_with united_states"))
        XCTAssertTrue(edges("Merz said Germany and Turkey should work more closely on migration.").contains("germany cooperates_with turkey"))
    }
}
