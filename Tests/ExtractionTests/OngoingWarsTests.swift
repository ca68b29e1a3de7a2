import XCTest
import EntityGraph
@testable import Extraction

/// A war the lexicon knows gives the target of an invasion named without one.
final class OngoingWarsTests: XCTestCase {
    func testInvasionWithoutATargetIsAgainstTheWarUnderWay() {
        XCTAssertTrue(edges("Sybiha thanked Poland for its military assistance since the start of Russia's full-scale invasion.", date: "2025-01-13")
            .contains("russia attacks ukraine"))
        XCTAssertEqual(edges("منذ بدء الغزو الروسي.", date: "2025-01-13"), ["russia attacks ukraine"])
        XCTAssertEqual(edges("منذ بدء الغزو الروسي.", date: "2019-01-13"), [], "no war under way on that date")
        XCTAssertEqual(edges("Russian strikes in Syria killed dozens.", date: "2025-01-13"), ["russia attacks syria"])
    }

    func testADeedToldByItsDoersVerbOrANounModifiedIsNoWar() {
        XCTAssertFalse(edges("Two Ukrainian citizens who had worked with Russian intelligence carried out the attack.", date: "2025-01-13")
            .contains("russia attacks ukraine"))
        XCTAssertEqual(edges("Hungary should stop financing Russia's war machine.", date: "2025-01-13"), [])
    }
}
