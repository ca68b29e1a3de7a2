import XCTest
@testable import Extraction

/// A pronoun object after "and" is no state its subject serves.
final class PronounsOfOwnStatesTests: XCTestCase {
    func testALeaderDoesNotAccuseHerOwnStateThroughAPronoun() {
        let found = edges("President Samia Suluhu Hassan said that Tanzania would act and accused them.", date: "2025-11-01")
        XCTAssertEqual(found, ["samia_suluhu_hassan holds_role tanzania"])
    }

    func testAPronounAfterAParticipleStillNamesAnotherState() {
        let found = edges("Hungary imposed sanctions on Russia, accusing it of aggression.", date: "2025-11-01")
        XCTAssertTrue(found.contains("hungary criticizes russia"), "\(found)")
    }
}
