import XCTest
import EntityGraph
@testable import Extraction

/// A name before ", who heads" is a person who heads the office after the verb; thanks for
/// leading a mission are thanks for support.
final class HeadsNamedBeforeWhoTests: XCTestCase {
    func testANameBeforeWhoHeadsIsThePersonHeadingTheOffice() {
        let found = edges("Laurent Saint-Cyr, who heads Haiti's Transitional Presidential Council, welcomed the decision.")
        XCTAssertTrue(found.contains("laurent_saintcyr holds_role haiti_transitional_council"), "\(found)")
        XCTAssertEqual(personIDs(in: "Fritz Jean, who also leads the council, spoke."), ["fritz_jean"])
        // "who" before another verb names no person.
        XCTAssertEqual(personIDs(in: "Grand Duchy Bank, who said the loan was ready, declined."), [])
    }

    func testThanksForLeadingAreThanksForSupport() {
        XCTAssertTrue(edges("Haiti's prime minister thanked Kenya for leading the previous mission.").contains("kenya supports haiti"))
    }
}
