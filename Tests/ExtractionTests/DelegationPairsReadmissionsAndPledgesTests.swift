import XCTest
@testable import Extraction

/// Two delegations from two states, a chief of staff's other title, readmission to a bloc, an
/// infinitive after a participle, and the support a head of state pledges.
final class DelegationPairsReadmissionsAndPledgesTests: XCTestCase {
    func testTwoDelegationsFromTwoStatesHoldTheirTalks() {
        let text = "عقد وفدان من الولايات المتحدة وأوكرانيا، الأحد، محادثات في جنيف."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["ukraine cooperates_with united_states"])
    }

    func testTheDirectorOfThePresidencysOfficeIsItsChiefOfStaff() {
        let text = "وقاد الوفد الأوكراني مدير مكتب الرئاسة أندريه يرماك."
        XCTAssertEqual(role(sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-01"), "yermak", "ukraine"), "chief_of_staff")
    }

    func testReadmissionToABlocIsMembership() {
        XCTAssertEqual(edges("Gabon was readmitted to the African Union in April.", date: "2025-11-01"), ["gabon member_of african_union"])
    }

    func testAnInfinitiveAfterAParticipleTakesTheMainSubject() {
        let text = "Macron received Brice Clotaire Oligui Nguema at the Elysee Palace on Wednesday, pledging to support Gabon."
        XCTAssertTrue(edges(text, date: "2025-11-01").isSuperset(of: ["macron supports gabon", "france supports gabon"]), "\(edges(text, date: "2025-11-01"))")
        XCTAssertFalse(edges(text, date: "2025-11-01").contains("elysee supports gabon"))
    }

    func testAHeadOfStatesPledgedSupportIsTheirStates() {
        XCTAssertEqual(edges("French President Emmanuel Macron pledged to support Gabon.", date: "2025-11-01"),
                       ["macron holds_role france", "macron supports gabon", "france supports gabon"])
    }

    func testAMinistersSupportStaysTheirs() {
        XCTAssertEqual(edges("French Foreign Minister Jean-Noel Barrot pledged to support Gabon.", date: "2025-11-01"),
                       ["barrot holds_role france", "barrot supports gabon"])
    }
}
