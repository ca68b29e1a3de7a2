import XCTest
import EntityGraph
@testable import Extraction

/// A community's title ("Turkish Cypriot leader"), adjectives after "and" in a list, and whoever
/// people meet "under" the auspices of.
final class CommunitiesAndAuspicesTests: XCTestCase {
    private let meeting = "Cyprus' President Nikos Christodoulides and newly elected Turkish Cypriot leader Tufan Erhurman "
        + "met on Thursday for the first time under United Nations auspices."

    func testACommunitysLeaderHoldsNoStatesRole() {
        let found = edges(meeting)
        XCTAssertTrue(found.contains("christodoulides holds_role cyprus"), "\(found)")
        XCTAssertFalse(found.contains("tufan_erhurman holds_role cyprus"), "\(found)")
        XCTAssertTrue(edges("Bosnian Serb leader Milorad Dodik met Putin.").isDisjoint(with: ["milorad_dodik holds_role serbia", "milorad_dodik holds_role bosnia"]))
    }

    func testAdjectivesAfterAndKeepTheList() {
        XCTAssertTrue(edges(meeting).contains("christodoulides met_with tufan_erhurman"))
    }

    func testTheOneUnderWhoseAuspicesPeopleMeetIsNoPartner() {
        XCTAssertFalse(edges(meeting).contains { $0.contains("met_with united_nations") })
    }
}
