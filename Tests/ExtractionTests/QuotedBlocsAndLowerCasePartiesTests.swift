import XCTest
import EntityGraph
@testable import Extraction

/// A quoted Arabic name opening with a bloc's or party's noun and its article is an organisation;
/// an English party noun in lower case after two capitalised words or more names a party ("and"
/// and one more word belonging to the name), not after a state.
final class QuotedBlocsAndLowerCasePartiesTests: XCTestCase {
    func testAQuotedNameOpeningWithABlocsNounIsAnOrganisation() {
        XCTAssertEqual(edges("وحل \"الكتلة الوطنية\" بقيادة الرئيس السابق إيغور دودون في المرتبة الثانية.", date: "2025-11-01"),
                       ["iighor_dodon holds_role alktla_alotnia"])
    }

    func testALowerCasePartyNounAfterTwoCapitalisedWordsNamesAParty() {
        XCTAssertEqual(edges("Paluckas had faced calls to quit from the Nemuno Ausra party, whose leader Remigijus Zemaitaitis is on trial.",
                             date: "2025-11-01"), ["remigijus_zemaitaitis holds_role nemuno_ausra"])
        XCTAssertEqual(entityKinds(in: "He governs with the far-right Freedom and Direct Democracy party."),
                       ["freedom_and_direct_democracy organization"])
    }

    func testAStatesAllianceInLowerCaseIsNoCompany() {
        XCTAssertEqual(entityKinds(in: "\"I want a new golden age of the Japan-U.S. alliance,\" she said."), ["japan state", "united_states state"])
    }
}
