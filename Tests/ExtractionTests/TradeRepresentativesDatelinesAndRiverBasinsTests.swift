import XCTest
@testable import Extraction

/// The U.S. Trade Representative's title, a president in a story filed from Zurich, and the
/// Senegal River basin organisation and its members.
final class TradeRepresentativesDatelinesAndRiverBasinsTests: XCTestCase {
    func testATradeRepresentativeServesHisState() {
        XCTAssertEqual(edges("Talks with U.S. Trade Representative Jamieson Greer ended in Washington."),
                       ["jamieson_greer holds_role united_states"])
    }

    func testAPresidentInAStoryFiledFromZurichIsSwitzerlands() {
        let text = "Switzerland reaches tariff deal\n\nZURICH, Nov 14 (Reuters) - President Karin Keller-Sutter thanked business leaders."
        XCTAssertEqual(offices(ofRole: "president", in: text), ["switzerland"])
    }

    func testTheSenegalRiverBasinOrganisationAndItsMembers() {
        let found = edges("وتعد موريتانيا والسنغال عضوين في منظمة استثمار نهر السنغال التي تضم أيضا مالي وغينيا.")
        XCTAssertEqual(found, ["mauritania member_of omvs", "senegal member_of omvs", "mali member_of omvs", "guinea member_of omvs"])
    }
}
