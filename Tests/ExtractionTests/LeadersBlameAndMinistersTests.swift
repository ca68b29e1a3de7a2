import XCTest
@testable import Extraction

/// "The two leaders" after state-level agreements, blame as criticism, abstract nouns after a
/// title, and "the ministers" of a list of states.
final class LeadersBlameAndMinistersTests: XCTestCase {
    func testTheTwoLeadersAreThoseWhoLastMetInPerson() {
        let text = "South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo. "
            + "Japan and South Korea agreed to deepen cooperation with the United States. "
            + "U.S. President Donald Trump welcomed the talks. The two leaders condemned North Korea's missile launch."
        let found = edges(text)
        XCTAssertTrue(found.contains("ishiba criticizes north_korea"), "\(found)")
        XCTAssertFalse(found.contains("trump criticizes north_korea"), "\(found)")
    }

    func testHoldingSomeoneResponsibleIsCriticism() {
        XCTAssertTrue(edges("وحملت الخارجية الأوكرانية روسيا مسؤولية الهجوم.").contains("ukraine criticizes russia"))
        XCTAssertEqual(edges("Kyiv held Moscow responsible for the attack."), ["ukraine criticizes russia"])
        XCTAssertEqual(edges("The ministers held talks in Paris."), [], "talks are not blame")
    }

    func testAnAbstractNounAfterATitleIsNoName() {
        let found = edges("وحملت الخارجية الجزائرية وزير الداخلية الفرنسي مسؤولية التصعيد.")
        XCTAssertFalse(found.contains { $0.hasPrefix("msoolia") }, "\(found)")
    }

    func testTheMinistersAreTheStatesListedBefore() {
        let text = "The defence ministers of Poland, Lithuania and Latvia met in Riga. The ministers said in a joint statement that the threat had grown."
        let found = edges(text)
        XCTAssertTrue(found.contains("lithuania cooperates_with poland") && found.contains("latvia cooperates_with lithuania"), "\(found)")
    }
}
