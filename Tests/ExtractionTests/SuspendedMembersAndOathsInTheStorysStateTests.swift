import XCTest
@testable import Extraction

/// A bloc suspending a state, an oath of a leader's office in the state the story names first when
/// its dateline names none, the African Union's Peace and Security Council, and Bolivia's
/// presidents in the lexicon.
final class SuspendedMembersAndOathsInTheStorysStateTests: XCTestCase {
    func testABlocSuspendingAStateSanctionsIt() {
        XCTAssertEqual(edges("The African Union suspended Guinea after the coup. The United States suspended Niger from the trade program. Thailand suspended the border deal.", date: "2025-11-01"),
                       ["african_union sanctions guinea", "united_states sanctions niger"])
    }

    func testALeadersOathIsInTheFirstStateNamedWhenTheDatelineNamesNone() {
        XCTAssertEqual(edges("ADDIS ABABA, Oct 15 (Reuters) - The African Union suspended Madagascar after an army unit led by Colonel Michael Randrianirina seized power.\n\nRandrianirina was sworn in as president on Friday.", date: "2025-10-15"),
                       ["african_union sanctions madagascar", "randrianirina holds_role madagascar"])
    }

    func testThePeaceAndSecurityCouncilIsNoUNBody() {
        let graph = sharedExtractor.extract(text: "The AU's Peace and Security Council urged the soldiers to return to barracks.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.map(\.id), ["african_union", "au_peace_security_council"])
    }

    func testBoliviasPresidentsByDate() {
        let text = "قال الرئيس البوليفي إن بلاده ستعيد العلاقات مع الولايات المتحدة."
        XCTAssertTrue(edges(text, date: "2025-12-01").contains("rodrigo_paz holds_role bolivia"))
        XCTAssertTrue(edges(text, date: "2024-06-01").contains("luis_arce holds_role bolivia"))
    }
}
