import XCTest
import EntityGraph
@testable import Extraction

/// Fighters of a group as the target, cooperation between two states after an agreement's noun
/// and an adjective, companies' short names, and an issue raised with someone.
final class FightersCompaniesAndRaisedIssuesTests: XCTestCase {
    func testTargetingFightersOfAGroupTargetsTheGroup() {
        XCTAssertEqual(edges("استهدفت أفريكوم عناصر من حركة الشباب."), ["africom attacks al_shabaab"])
        XCTAssertEqual(edges("استهدفت أفريكوم مواقع من حركة الشباب."), [], "positions are no fighters")
    }

    func testAnAgreementForDefenceCooperationBetweenTwoStates() {
        XCTAssertEqual(edges("ووقعا اتفاقية للتعاون العسكري بين تركيا والصومال."), ["somalia cooperates_with turkey"])
    }

    func testACompanysOwnWordNamesItLater() {
        let text = "Nexperia is owned by China's Wingtech Technology. The United States added Wingtech to its export blacklist last year."
        XCTAssertTrue(edges(text).contains("united_states sanctions wingtech_technology"))
    }

    func testAStatesCompanyIsNotNamedByTheState() {
        XCTAssertEqual(edges("Azerbaijan Airlines suspended flights. Azerbaijan criticized Russia."),
                       ["azerbaijan_airlines part_of azerbaijan", "azerbaijan criticizes russia"])
    }

    func testRaisingTheIssueWithSomeoneIsAMeeting() {
        XCTAssertTrue(edges("Von der Leyen raised the issue with Chinese Premier Li Qiang at the G20 summit.").contains("li_qiang met_with von_der_leyen"))
    }

    func testVolkswagenIsKnown() {
        XCTAssertEqual(entityKinds(in: "The move prompted warnings from Volkswagen and other carmakers."), ["volkswagen organization"])
    }
}
