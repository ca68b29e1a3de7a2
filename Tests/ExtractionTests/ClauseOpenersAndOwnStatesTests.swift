import XCTest
import EntityGraph
@testable import Extraction

/// "whose country" is the state of the one the clause describes, apart from a pair named after
/// it; "since" / "before" open a clause of their own when a subject and its verb follow.
final class ClauseOpenersAndOwnStatesTests: XCTestCase {
    func testWhoseCountryIsTheStateOfTheHead() {
        XCTAssertEqual(edges("Finnish President Alexander Stubb, whose country shares a long border with Russia, spoke in Kyiv."),
                       ["stubb holds_role finland", "finland borders russia"])
    }

    func testTheHeadsOwnStateIsNotOneOfBothNations() {
        XCTAssertEqual(edges("Venezuela and Guyana traded accusations. Colombian President Gustavo Petro, whose country borders both nations, urged calm."),
                       ["venezuela criticizes guyana", "guyana criticizes venezuela",
                        "gustavo_petro holds_role colombia", "colombia borders venezuela", "colombia borders guyana"])
    }

    func testSinceOpensAClauseWithItsOwnSubject() {
        XCTAssertEqual(edges("Erdogan, who has kept close ties with Kyiv since Russia invaded Ukraine, spoke on Monday."),
                       ["turkey cooperates_with ukraine", "russia attacks ukraine"])
        XCTAssertEqual(edges("Georgia has sought closer ties with the EU since 2008."), ["european_union cooperates_with georgia"])
    }
}
