import XCTest
import EntityGraph
@testable import Extraction

/// A title after a deputy word is the deputy's, not the holder's; a state's title before a person
/// the lexicon gives that role in one of the state's bodies is that body's; "State Department"
/// unqualified is the United States' body.
final class DeputyTitlesAndStateBodiesTests: XCTestCase {
    func testADeputyTitleDoesNotNameTheHolder() {
        let found = edges("The talks were also attended by Saddam, the deputy commander of the Libyan National Army.", date: "2025-07-06")
        XCTAssertFalse(found.contains("khalifa_haftar holds_role lna"), "\(found)")
        XCTAssertTrue(edges("The talks were also attended by the commander of the Libyan National Army.", date: "2025-07-06")
            .contains("khalifa_haftar holds_role lna"))
    }

    func testAStatesTitleIsTheBodyThePersonServesIn() {
        let found = edges("Greek Foreign Minister Giorgos Gerapetritis met eastern Libyan commander Khalifa Haftar in Benghazi.", date: "2025-07-06")
        XCTAssertTrue(found.contains("khalifa_haftar holds_role lna"), "\(found)")
        XCTAssertFalse(found.contains("khalifa_haftar holds_role libya"))
        XCTAssertTrue(found.contains("gerapetritis holds_role greece"))
    }

    func testTheStateDepartmentUnqualifiedIsTheUnitedStates() {
        let found = edges("State Department spokeswoman Tammy Bruce said Washington opposes the bill.", date: "2025-11-12")
        XCTAssertTrue(found.contains("tammy_bruce holds_role united_states_foreign_ministry"), "\(found)")
        XCTAssertTrue(edges("Russia's Foreign Ministry spokeswoman Maria Zakharova spoke.", date: "2025-11-12")
            .contains("zakharova holds_role russia_foreign_ministry"))
    }
}
