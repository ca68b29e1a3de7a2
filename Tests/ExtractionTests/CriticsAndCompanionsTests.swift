import XCTest
import EntityGraph
@testable import Extraction

/// Critics named as such (frame `critic_noun`), and a speaker standing alongside someone.
final class CriticsAndCompanionsTests: XCTestCase {
    func testPossessorOfACriticIsWhomTheyCriticise() {
        XCTAssertEqual(edges("Navalny was for years the Kremlin's most outspoken critic."), ["navalny criticizes kremlin"])
    }

    func testCriticOfSomeoneInAPredicateOrAnApposition() {
        XCTAssertTrue(edges("Estonia has been one of the loudest critics of Moscow's war.").contains("estonia criticizes russia"))
        XCTAssertEqual(edges("Tsikhanouskaya, a leading critic of Lukashenko, spoke in Vilnius."), ["tsikhanouskaya criticizes lukashenko"])
    }

    func testCriticsAfterByAreAPassivesAgent() {
        XCTAssertEqual(edges("The party has been accused by critics of steering Serbia towards Russia."), [])
    }

    func testStandingAlongsideSomeoneIsAMeeting() {
        let found = edges("\"We stand together,\" Macron said, standing alongside Polish President Andrzej Duda.")
        XCTAssertTrue(found.contains("macron met_with duda") || found.contains("duda met_with macron"))
    }
}
