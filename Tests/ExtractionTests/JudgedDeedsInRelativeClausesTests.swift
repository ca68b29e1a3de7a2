import XCTest
import EntityGraph
@testable import Extraction

/// An English object relative clause after a deed's prepositional phrase judges the deed: its
/// object is the deed's doer, not the place or state the phrase ends with.
final class JudgedDeedsInRelativeClausesTests: XCTestCase {
    func testTheDoerOfAJudgedDeedIsTheObject() {
        let attack = edges("Russia launched a massive drone attack on Kyiv, which France condemned.")
        XCTAssertTrue(attack.contains("france criticizes russia"), "\(attack)")
        XCTAssertFalse(attack.contains("france criticizes ukraine"))
        XCTAssertTrue(edges("Israel launched strikes on Gaza, which Egypt condemned.").contains("egypt criticizes israel"))
    }

    func testAHeadOfNoDeedStaysTheObject() {
        XCTAssertTrue(edges("Poland borders Belarus, which it accuses of orchestrating a migrant crisis.").contains("poland criticizes belarus"))
        // No deed before the head: the head itself is the object.
        XCTAssertTrue(edges("Moldova lies next to Ukraine, which Russia invaded in 2022.").contains("russia attacks ukraine"))
        // A visit is a deed too: the one who travelled is criticised, not the place visited.
        let visit = edges("Macron travelled to Kyiv, which Moscow criticised.")
        XCTAssertTrue(visit.contains("russia criticizes macron"))
        XCTAssertFalse(visit.contains("russia criticizes ukraine"))
    }
}
