import XCTest
import EntityGraph
@testable import Extraction

/// A person after the rank "الكولونيل", a party named by its own words without "party", and a
/// party's name opened by a word glued by a hyphen.
final class RanksAndPartyNamesTests: XCTestCase {
    func testAPersonAfterTheRankColonel() {
        XCTAssertEqual(entityKinds(in: "قال الكولونيل مايكل راكوتوندرابي إن الجيش لن يبقى في السلطة."), ["maikl_rakotondrabi person"])
    }

    func testAPartysNameLeavesOutTheWordParty() {
        XCTAssertEqual(edges("Asfura is running against Rixi Moncada of the ruling leftist Libre party."), ["rixi_moncada member_of libre"])
    }

    func testAWordGluedByAHyphenOpensAPartysName() {
        XCTAssertEqual(edges("Protesters had also targeted Delyan Peevski, leader of the DPS-New Beginning party, whose support kept the cabinet in power."),
                       ["delyan_peevski holds_role dpsnew_beginning"])
        XCTAssertEqual(entityKinds(in: "Protesters targeted Delyan Peevski, leader of the DPS-New Beginning party."),
                       ["delyan_peevski person", "dpsnew_beginning organization"])
    }
}
