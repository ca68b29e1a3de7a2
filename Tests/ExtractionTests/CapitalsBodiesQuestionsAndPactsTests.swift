import XCTest
@testable import Extraction

/// A capital's possessive before a state body, a former title in apposition to an office, a
/// question asked (no request), and the partner of a pact discussed (no meeting).
final class CapitalsBodiesQuestionsAndPactsTests: XCTestCase {
    func testACapitalsPossessiveNamesItsStatesBody() {
        XCTAssertEqual(edges("Beijing's foreign ministry spokesman Guo Jiakun said the countries should avoid it."),
                       ["china_foreign_ministry part_of china", "guo_jiakun holds_role china_foreign_ministry"])
    }

    func testAFormerTitleInAppositionToAnOfficeAfterAPossessive() {
        let text = "Australia's ambassador to Washington, former Prime Minister Kevin Rudd, attended the meeting."
        XCTAssertEqual(edges(text), ["kevin_rudd holds_role australia"])
        XCTAssertEqual(attribute("role", of: "kevin_rudd holds_role australia", in: text), "ambassador")
    }

    func testAQuestionAskedIsNoRequest() {
        XCTAssertEqual(edges("Zelensky asked Trump whether Washington would send Tomahawks."), [])
        XCTAssertEqual(edges("Zelensky asked Trump for Tomahawk missiles."), ["zelensky requests trump"])
    }

    func testAPactsPartnerIsNoPartnerOfTheTalks() {
        XCTAssertEqual(edges("Albanese and Trump also discussed the AUKUS submarine pact with Britain."), ["albanese met_with trump"])
        XCTAssertEqual(edges("Macron discussed the deal with Keir Starmer in London."), ["macron met_with starmer"])
    }
}
