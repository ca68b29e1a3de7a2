import XCTest
@testable import Extraction

/// Grants that are aid, lines of credit, English given names and hyphened surnames of people sworn
/// in, a later mention of a hyphened surname, a party leader described in an apposition, and
/// CARICOM.
final class GrantsHyphenedSurnamesAndLeadersTests: XCTestCase {
    func testAGrantOfALoanIsSupport() {
        XCTAssertEqual(edges("ومنحت الصين قرضا لباكستان."), ["china supports pakistan"])
        XCTAssertEqual(edges("China granted Pakistan a loan."), ["china supports pakistan"])
        XCTAssertEqual(edges("وأعلنت اليابان منح كينيا خط ائتمان بقيمة 100 مليون دولار."), ["japan supports kenya"])
    }

    func testAnEnglishGivenNameAndAHyphenedSurnameBeforeAnOath() {
        XCTAssertEqual(edges("Sarah Mensah-Boateng was sworn in as Ghana's first female president."), ["sarah_mensahboateng holds_role ghana"])
    }

    func testAHyphenedSurnameNamedAgainLeadsThePartyItsAppositionSays() {
        let text = "Sarah Mensah-Boateng was sworn in as Ghana's first female president. "
            + "Mensah-Boateng, a 60-year-old lawyer who leads the National Unity Party, spoke."
        XCTAssertEqual(edges(text), ["sarah_mensahboateng holds_role ghana", "sarah_mensahboateng holds_role national_unity_party"])
    }

    func testTheCaribbeanCommunityIsABloc() {
        XCTAssertEqual(edges("Guyana is a member of the Caribbean Community."), ["guyana member_of caricom"])
    }
}
