import XCTest
@testable import Extraction

/// Neighbours listed after a count of states, a guest named after a possessor and a title, and
/// the leader of a place named as a person.
final class CountedNeighboursHostedGuestsAndPlaceLeadersTests: XCTestCase {
    func testNeighboursListedAfterACountOfStatesAreTheBorders() {
        XCTAssertEqual(edges("Hungary borders seven countries, among them Austria, Serbia and Romania."),
                       ["austria borders hungary", "hungary borders serbia", "hungary borders romania"])
        XCTAssertEqual(edges("وتحد المجر سبع دول، من بينها النمسا وصربيا."), ["austria borders hungary", "hungary borders serbia"])
    }

    func testACountWithNoListAfterItNamesNoNeighbour() {
        XCTAssertEqual(edges("Hungary borders seven countries, Orban said on Monday."), [])
    }

    func testAGuestNamedAfterAPossessorAndATitleWasMet() {
        let found = edges("NATO met in Brussels. Swiss President Karin Keller-Sutter said the talks went well, speaking after she hosted "
                          + "the alliance's Secretary General Mark Rutte in Bern.", date: "2025-11-01")
        XCTAssertTrue(found.contains("rutte met_with karin_kellersutter") || found.contains("karin_kellersutter met_with rutte"), "\(found)")
    }

    func testHostingAMeetingBetweenLeadersIsNoMeetingWithThem() {
        let found = edges("Erdogan offered to host a meeting between Presidents Vladimir Putin and Volodymyr Zelensky.", date: "2025-11-01")
        XCTAssertFalse(found.contains("erdogan met_with putin") || found.contains("putin met_with erdogan"), "\(found)")
    }

    func testTheLeaderOfAPlaceIsAPersonHoldingNoOffice() {
        let found = edges("طلب زعيم ترانسنيستريا فاديم كراسنوسيلسكي من روسيا مواصلة إمدادات الغاز.")
        XCTAssertEqual(found, ["fadim_krasnosilski requests russia"])
    }
}
